// Catches requests for careline itself to prescribe or supply a medicine: "prescribe me
// antibiotics", "I need a refill of oxycodone", "can you send a prescription". Questions about how
// prescriptions work ("what is usually prescribed for strep?") do not fire.

import { MED } from "./lexicon.ts";
import type { ScopeRule } from "./scope-rule.ts";

const RX =
  "(?:prescriptions?|scripts?|rx|refills?|repeat (?:prescription|script)s?|repeats|renewal|e-?prescription)";

export const prescriptionRule: ScopeRule = {
  category: "prescription",
  ruleId: "input.scope.prescription",
  text: "Asks careline to prescribe or supply a medicine, which only a prescriber can do.",
  patterns: [
    /\bprescribe (?:me|my|him|her|us|something|some|anything|a |an |for me|me something)\b|\b(?:can|could|will|would) you (?:please )?prescribe\b/,
    new RegExp(
      `\\b(?:can|could|will|would|please) (?:you )?(?:please )?(?:write|send|give|issue|get|e-?mail|fax|call in|phone in|do|sort|arrange) (?:me |us |him |her )?(?:out )?(?:a |an |my |the |another )?(?:new )?${RX}\\b`,
    ),
    new RegExp(
      `(?<!\\b(?:do|does|did|will|would|if|should) )\\b(?:i|we) (?:need|want|would like|'d like|have to get|must get|am after|'m after|require) (?:a |an |my |another |more |some |the )?(?:new |urgent |emergency )?${RX}\\b`,
    ),
    /\b(?:can|could|will|would) you (?:please )?(?:refill|renew|repeat|re-?order|top up|extend) (?:my|his|her|the|this|these|a)\b|\bplease (?:refill|renew) (?:my|his|her|the)\b/,
    new RegExp(
      `\\bsend (?:a |my |the |his |her )?${RX} (?:through )?to (?:my |the |our )?(?:pharmacy|chemist|drugstore)\\b`,
    ),
    new RegExp(
      `\\b(?:can|could) (?:i|we) (?:get|have|order|buy) (?:a |an |some |more |my )?(?:\\w+ )?(?:${RX}|${MED}) (?:from|through|via) (?:you|careline|this (?:chat|app|service))\\b`,
    ),
    new RegExp(
      `\\b(?:can|could|will|would) you (?:please )?(?:order|supply|get me|send me|give me|post me|mail me) (?:some |more |a |an |my )?(?:\\w+ )?${MED}\\b(?! (?:tips|advice|information|info|facts|guidance|side effects|leaflet)\\b)`,
    ),
  ],
};
