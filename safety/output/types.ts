import type { CheckReport, Reason, TriageLevel } from "../types.ts";

// What an output check sees. Checks are pure: the server passes in the passages the model was
// shown, the turn's triage level and the per-request secrets of the prompt.

export interface OutputPassage {
  /** The id the model was told to cite, e.g. "p1". */
  label: string;
  text: string;
}

export interface OutputContext {
  /** The text under check: one sentence as it streams, or the whole draft at the end. */
  text: string;
  /** The draft up to and including `text`: the citations a claim may lean on. */
  draft: string;
  /** True when `text` is the whole, finished draft. */
  complete: boolean;
  passages: readonly OutputPassage[];
  level: TriageLevel;
  /** Per-request marker in the instructions; never legitimately in a reply. */
  canary: string;
  /** Per-request boundary token of the data fences. */
  boundary: string;
  /** The instructions the model was given, to catch verbatim leaks. */
  instructions: string;
}

export interface OutputFinding {
  reasons: Reason[];
}

/** A pure check over model output; `block` whenever it finds anything. */
export interface OutputCheck {
  id: string;
  version: string;
  budgetMs: number;
  run(ctx: OutputContext): CheckReport<OutputFinding>;
}

export function reportOf(reasons: Reason[]): CheckReport<OutputFinding> {
  const ruleIds = [...new Set(reasons.map((reason) => reason.ruleId))];
  return { verdict: reasons.length > 0 ? "block" : "allow", ruleIds, result: { reasons } };
}
