// The output rail's detector: assistant text that gives self-harm method, lethality, dose-for-harm or
// location information (N5). Negated mentions ("I can't share lethal doses") are not flagged.
import { readDocument } from "../text/document.ts";
import { findConcepts } from "../text/findings.ts";
import { compileLexicon } from "../text/patterns.ts";
import type { Reason } from "../types.ts";
import { OUTPUT_CONCEPTS, OUTPUT_MACROS } from "./output-concepts.ts";

const OUTPUT_LEXICON = compileLexicon("crisis-output", OUTPUT_CONCEPTS, OUTPUT_MACROS);

const REASONS: Readonly<Record<string, Reason>> = {
  LETHAL_AMOUNT: {
    ruleId: "output.self_harm.lethality",
    text: "Gives a lethal or harmful amount or dose",
  },
  METHOD_DETAIL: {
    ruleId: "output.self_harm.method",
    text: "Describes a self-harm or suicide method",
  },
  LOCATION_DETAIL: {
    ruleId: "output.self_harm.location",
    text: "Names or describes a location or height for suicide",
  },
};

export function findSelfHarmMethodContent(text: string): Reason[] {
  const doc = readDocument(text);
  const seen = new Set<string>();
  const reasons: Reason[] = [];
  for (const f of findConcepts(doc, OUTPUT_LEXICON)) {
    const reason = REASONS[f.concept];
    if (!reason || f.negated || seen.has(f.concept)) continue;
    seen.add(f.concept);
    reasons.push({ ruleId: reason.ruleId, text: `${reason.text} ("${f.text.slice(0, 70)}")` });
  }
  return reasons;
}
