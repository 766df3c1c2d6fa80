import type { OutputContext, OutputPassage } from "../../safety/output/types.ts";
import type { TriageLevel } from "../../safety/types.ts";

// A whole-draft context for scenario tables: the text is the draft, with passages p1.. as given.

export const CANARY = "cnry7Q2mZ9xkTW4b";
export const BOUNDARY = "bndA81kPq03ZtLm7";
export const INSTRUCTIONS =
  "You are careline, an AI assistant that a health service runs for its patients. You must never diagnose: never tell the patient what condition they have or what is causing their symptoms.";

export function outputContext(
  text: string,
  options: { passages?: string[]; level?: TriageLevel; draft?: string } = {},
): OutputContext {
  const passages: OutputPassage[] = (options.passages ?? []).map((passage, i) => ({
    label: `p${i + 1}`,
    text: passage,
  }));
  return {
    text,
    draft: options.draft ?? text,
    complete: true,
    passages,
    level: options.level ?? "self_care",
    canary: CANARY,
    boundary: BOUNDARY,
    instructions: INSTRUCTIONS,
  };
}
