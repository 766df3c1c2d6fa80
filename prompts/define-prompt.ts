// A prompt is code that is reviewed and versioned like guidance: bump `version` whenever the wording
// changes, because every assistant message stores the id@version it was produced with.

export interface PromptMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface Prompt<Input> {
  id: string;
  version: string;
  /** `id@version`, as stored with each reply. */
  ref: string;
  render(input: Input): PromptMessage[];
}

const ID = /^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$/;
const VERSION = /^\d+\.\d+\.\d+$/;

export function definePrompt<Input>(definition: {
  id: string;
  version: string;
  render(input: Input): PromptMessage[];
}): Prompt<Input> {
  if (!ID.test(definition.id))
    throw new Error(`prompt id "${definition.id}" must be dotted kebab-case`);
  if (!VERSION.test(definition.version)) {
    throw new Error(`prompt ${definition.id}: version "${definition.version}" must be semver`);
  }
  return Object.freeze({ ...definition, ref: `${definition.id}@${definition.version}` });
}
