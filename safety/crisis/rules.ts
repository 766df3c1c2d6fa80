// Every crisis rule, most severe first (clinical-safety.md §3.4–3.5, C-SSRS-informed). The rules are
// data in rules/; this file only lists them and re-exports what the engine and reviewers need.
import { BEHAVIOUR_RULES, RECENT_BEHAVIOUR } from "./rules/behaviour.ts";
import { THOUGHT_RULES } from "./rules/thoughts.ts";
import type { CrisisRule, DerivedCrisisRule } from "./rules/types.ts";

export { IDEATION_CONTEXT, LOW_CONTEXT, METHOD_CONTEXT } from "./rules/context.ts";
export type { CrisisRule, DerivedCrisisRule } from "./rules/types.ts";
export { RECENT_BEHAVIOUR };

export const CRISIS_RULES: readonly CrisisRule[] = [...BEHAVIOUR_RULES, ...THOUGHT_RULES];

/** Rules decided in code: past attempts (distress) and support requests (information). */
export const DERIVED_CRISIS_RULES: readonly DerivedCrisisRule[] = [
  RECENT_BEHAVIOUR,
  {
    id: "input.crisis.safety_denial",
    tier: "distress",
    summary: "Says they are not suicidal or would never hurt themselves",
  },
  {
    id: "input.crisis.past_attempt",
    tier: "distress",
    summary: "Mentions a suicide attempt more than 3 months ago",
  },
];
