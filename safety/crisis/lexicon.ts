// The crisis vocabulary compiled once at module load, with the overlaps that cancel a concept
// ("died by suicide" is grief, "taking my life back" is not a crisis, "overdosed on netflix").
import { conceptsOf } from "../text/conditions.ts";
import { compileLexicon } from "../text/patterns.ts";
import { CRISIS_CONCEPTS, CRISIS_MACROS } from "./concepts.ts";
import { CRISIS_RULES } from "./rules.ts";

export const CRISIS_LEXICON = compileLexicon("crisis", CRISIS_CONCEPTS, CRISIS_MACROS, {
  SUICIDAL: ["NOT_SUICIDAL", "GRIEF", "SUPPORT"],
  SUICIDE_MENTION: ["NOT_SUICIDAL", "SUPPORT"],
  WISH_DEAD: ["SUPPORT", "NOT_WISH_DEAD"],
  SELF_HARM: ["NOT_SELF_HARM"],
  GOODBYES: ["NOT_GOODBYE"],
  DISTRESS: ["NOT_DISTRESS"],
  ATTEMPT: ["NOT_OVERDOSE"],
  ATTEMPT_IF_CONTEXT: ["ROUTINE_MEDS", "NOT_OVERDOSE"],
  ATTEMPT_NOW: ["ROUTINE_MEDS", "NOT_OVERDOSE"],
  ATTEMPT_NOW_IF_CONTEXT: ["ROUTINE_MEDS", "NOT_OVERDOSE"],
  PREPARATION_IF_CONTEXT: ["ROUTINE_MEDS"],
  INTENT: ["NOT_SUICIDAL"],
  MEANS_AT_HAND: ["MEANS_BENIGN"],
  MEANS_AT_HAND_IF_CONTEXT: ["MEANS_BENIGN"],
  MEANS_SET_OUT: ["MEANS_BENIGN"],
  MEANS_READY_IF_CONTEXT: ["MEANS_BENIGN"],
  MEANS_HIDDEN: ["MEANS_BENIGN"],
  MEANS_ACQUIRED: ["MEANS_BENIGN"],
  USE_URGE: ["MEANS_BENIGN"],
  METHOD_SEEKING: ["NOT_LETHAL_SLEEP"],
  METHOD_SEEKING_IF_CONTEXT: ["SAFE_USE", "NOT_LETHAL_AMOUNT", "NOT_LETHAL_SLEEP"],
  METHOD_THOUGHTS: ["NOT_METHOD_THOUGHTS"],
  METHOD_THOUGHTS_IF_CONTEXT: ["NOT_METHOD_THOUGHTS"],
  MEANS_COUNTED: ["MEANS_BENIGN"],
});

// Fail at load, not at 3 a.m.: every crisis rule must name real concepts.
for (const rule of CRISIS_RULES) {
  for (const c of conceptsOf(rule.when)) {
    if (!CRISIS_LEXICON.concepts.includes(c))
      throw new Error(`Crisis rule ${rule.id} uses unknown concept ${c}`);
  }
  for (const c of rule.now ? conceptsOf(rule.now) : []) {
    if (!CRISIS_LEXICON.concepts.includes(c))
      throw new Error(`Crisis rule ${rule.id} uses unknown concept ${c}`);
  }
}
