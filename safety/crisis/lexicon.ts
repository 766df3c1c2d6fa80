// The crisis vocabulary compiled once at module load, with the overlaps that cancel a concept
// ("died by suicide" is grief, "taking my life back" is not a crisis).
import { compileLexicon } from "../text/patterns.ts";
import { CRISIS_CONCEPTS, CRISIS_MACROS } from "./concepts.ts";

export const CRISIS_LEXICON = compileLexicon("crisis", CRISIS_CONCEPTS, CRISIS_MACROS, {
  SUICIDAL: ["NOT_SUICIDAL", "GRIEF", "SUPPORT"],
  WISH_DEAD: ["SUPPORT"],
  ATTEMPT_NOW: ["ROUTINE_MEDS"],
  ATTEMPT_NOW_IF_CONTEXT: ["ROUTINE_MEDS"],
  PREPARATION_IF_CONTEXT: ["ROUTINE_MEDS"],
});
