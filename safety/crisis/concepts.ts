// Lay and slang wording for suicide and self-harm, C-SSRS-informed (clinical-safety.md §3.4), one file
// per family in concepts/. *_IF_CONTEXT concepts count only alongside crisis or distress talk.
import type { ConceptDefs } from "../text/patterns.ts";
import { ATTEMPT_CONCEPTS } from "./concepts/attempts.ts";
import { BEHAVIOUR_CONCEPTS } from "./concepts/behaviour.ts";
import { DISTRESS_CONCEPTS } from "./concepts/distress.ts";
import { FINAL_ACT_CONCEPTS } from "./concepts/final-acts.ts";
import { MEANS_CONCEPTS } from "./concepts/means.ts";
import { METHOD_CONCEPTS } from "./concepts/method-seeking.ts";
import { PLACE_CONCEPTS } from "./concepts/places.ts";
import { THOUGHT_CONCEPTS } from "./concepts/thoughts.ts";

export { CRISIS_MACROS } from "./concepts/macros.ts";

const FAMILIES: readonly ConceptDefs[] = [
  THOUGHT_CONCEPTS,
  BEHAVIOUR_CONCEPTS,
  ATTEMPT_CONCEPTS,
  MEANS_CONCEPTS,
  PLACE_CONCEPTS,
  FINAL_ACT_CONCEPTS,
  METHOD_CONCEPTS,
  DISTRESS_CONCEPTS,
];

function mergeFamilies(families: readonly ConceptDefs[]): ConceptDefs {
  const all: Record<string, readonly string[]> = {};
  for (const family of families) {
    for (const [concept, patterns] of Object.entries(family)) {
      if (concept in all) throw new Error(`Crisis concept ${concept} is defined twice`);
      all[concept] = patterns;
    }
  }
  return all;
}

export const CRISIS_CONCEPTS: ConceptDefs = mergeFamilies(FAMILIES);
