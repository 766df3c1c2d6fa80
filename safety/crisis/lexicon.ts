// The crisis vocabulary compiled once at module load, with the overlaps that cancel a concept
// ("died by suicide" is grief, "taking my life back" is not a crisis).
import { conceptsOf } from "../text/conditions.ts";
import { compileLexicon } from "../text/patterns.ts";
import { CRISIS_CONCEPTS, CRISIS_MACROS } from "./concepts.ts";
import { CRISIS_RULES } from "./rules.ts";

export const CRISIS_LEXICON = compileLexicon("crisis", CRISIS_CONCEPTS, CRISIS_MACROS, {
  SUICIDAL: ["NOT_SUICIDAL", "GRIEF", "SUPPORT"],
  WISH_DEAD: ["SUPPORT"],
  ATTEMPT_NOW: ["ROUTINE_MEDS"],
  ATTEMPT_NOW_IF_CONTEXT: ["ROUTINE_MEDS"],
  PREPARATION_IF_CONTEXT: ["ROUTINE_MEDS"],
});

// Fail at load, not at 3 a.m.: every crisis rule must name real concepts.
for (const rule of CRISIS_RULES) {
  for (const c of conceptsOf(rule.when)) {
    if (!CRISIS_LEXICON.concepts.includes(c))
      throw new Error(`Crisis rule ${rule.id} uses unknown concept ${c}`);
  }
}
