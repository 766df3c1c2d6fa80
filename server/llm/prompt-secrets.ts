import { randomBytes } from "node:crypto";
import { renderAnswerSystem } from "../../prompts/answer.ts";
import type { RespondInput } from "../services/chat/pipeline.ts";

// Per-request secrets of the answer prompt, shared by the responder (which puts them in the
// prompt) and the output stage (which blocks any reply that repeats them). Keyed by the turn's
// RespondInput object, so both stages get the same values without passing them around.

export interface PromptSecrets {
  /** Closes the data fences; a patient cannot guess it. */
  boundary: string;
  /** Never legitimately in a reply: seeing it means the instructions leaked. */
  canary: string;
  /** The system prompt as sent, for catching verbatim leaks. */
  instructions: string;
}

const secrets = new WeakMap<RespondInput, PromptSecrets>();

export function randomToken(bytes = 12): string {
  return randomBytes(bytes).toString("hex");
}

export function promptSecretsFor(input: RespondInput): PromptSecrets {
  let found = secrets.get(input);
  if (!found) {
    const boundary = randomToken();
    const canary = `cl${randomToken(8)}`;
    const instructions = renderAnswerSystem({
      boundary,
      canary,
      level: input.assessment.triage.level,
    });
    found = { boundary, canary, instructions };
    secrets.set(input, found);
  }
  return found;
}
