// Catches requests for careline itself to prescribe, supply, renew or issue: "prescribe me
// antibiotics", "I need the pill", "can you send my tablets to the pharmacy", "refill my
// sertraline", "can I get a sick note". A fit note is a document only a clinician issues, so it is
// declined the same way. Questions about how prescriptions work ("what is usually prescribed for
// strep?", "how do I order a repeat prescription in the NHS app?") do not fire.

import { MED } from "./lexicon.ts";
import type { ScopeRule } from "./scope-rule.ts";

const RX =
  "(?:prescriptions?|scripts?|rx|refills?|repeat (?:prescription|script|medication|meds)s?|repeats|renewal|e-?prescription)";
// Documents only a clinician can issue.
const NOTE =
  "(?:(?:sick|fit|doctor'?s|gp'?s?|medical|med|work|school|hospital) (?:note|cert(?:ificate)?|letter|line)|medical certificate|certificate of (?:illness|fitness)|statement of fitness(?: for work)?|note (?:for|to give) (?:work|school|my (?:boss|employer|manager|teacher|school|work|college|uni)))";
// A medicine naming a topic, not a supply: "insulin tips for travelling", "statin side effects".
const AS_TOPIC =
  "(?! (?:[\\w'-]+ )?(?:tips|advice|info|information|facts|guidance|guide|basics|technique|storage|side effects?|leaflets?|questions?)\\b)";
const SUPPLY = `(?:${RX}|${MED}|${NOTE})${AS_TOPIC}`;
// Not a request for the thing itself: "I want more information on statins".
const ABOUT =
  "(?!(?:information|info|advice|details|about|on|tips|help|guidance|questions?|facts|leaflets?|side|reviews?|research|to)\\b)";
const WORDS = `(?:${ABOUT}[\\w'-]+ ){0,2}?`;
const NOT_USAGE =
  "(?! (?:more|less|every|each|twice|at|during|when|after|before|to|in|less|so|because|a lot|often)\\b)";
const SERVICE = "(?:you|careline|this (?:chat|app|service|website|bot)|here|the chat)";

export const prescriptionRule: ScopeRule = {
  category: "prescription",
  ruleId: "input.scope.prescription",
  text: "Asks careline to prescribe or supply a medicine or issue a clinical document, which only a prescriber can do.",
  patterns: [
    /\bprescribe (?:me|my|him|her|us|something|some|anything|a |an |for me|me something)\b|\b(?:can|could|will|would) you (?:please |just |maybe |possibly |be able to |)prescribe\b|\byou (?:can|could|(?:are |be )?able to) prescribe\b/,
    // "could you write me a sick note", "can you send a prescription", "can you get me amoxicillin"
    new RegExp(
      `\\b(?:can|could|will|would|please|(?:are|would|will) you (?:be )?able to|is it possible (?:for you )?to) (?:you )?(?:please )?(?:just )?(?:write|send|give|issue|get|e-?mail|fax|call in|phone in|do|sort|arrange|order|supply|post|mail|provide|authori[sz]e|approve|sign|renew|refill|repeat|re-?order|top up|extend|re-?issue) (?:me |us |him |her |out )?(?:through |over )?(?:a |an |my |the |another |some |more |his |her |our |this |that )?(?:new |early |urgent |emergency |usual |regular |stronger |repeat )?${WORDS}${SUPPLY}\\b`,
    ),
    /\b(?:can|could|will|would) you (?:please )?(?:refill|renew|repeat|re-?order|top up|extend|reissue) (?:my|his|her|the|this|these|a)\b/,
    // Imperatives: "refill my sertraline please", "order my repeat medication"
    new RegExp(
      `(?:^|[.!?,;] ?|\\bplease |\\bjust |\\bkindly )(?:refill|renew|re-?order|order|send|post|repeat|top up|re-?issue|prescribe|issue|sort out|arrange) (?:me |us )?(?:out )?(?:my|his|her|our|some|a|an|the|more|another) ${WORDS}${SUPPLY}\\b`,
    ),
    // "I need antibiotics", "I need the pill", "we'd like a repeat prescription", "I need a fit note"
    new RegExp(
      `(?<!\\b(?:do|does|did|don't|dont|will|won't|would|wouldn't|wouldnt|if|should|shouldn't|before|until|unless|whether|when|why|how|might|may) )\\b(?:i|we)(?: really| urgently| just| still| think i| think we| will|'ll)?(?:(?: need| want| would like|'d like| am after|'m after| require| must have| must get| have to get)|(?:'m| am|'re| are) going to (?:need|want|have to get)|(?: need| want| would like|'d like| wish| hope| am trying|'m trying) to (?:get|order|request|put in for|put in|renew|refill|reorder|re-order|have)) (?:a |an |my |another |more |some |the |new |stronger |different |urgent |emergency |a new |a stronger |a course of |a prescription for |a supply of |a repeat of |to put in (?:a |my )?)?${WORDS}${SUPPLY}\\b${NOT_USAGE}`,
    ),
    // "can I get a repeat of my omeprazole", "can you sort me out with some stronger painkillers"
    new RegExp(
      `\\b(?:get|have|order|request|send|give|prescribe) (?:me |us )?(?:a (?:repeat|refill|renewal|top-?up|new supply|new prescription|prescription|script|new box|new pack) (?:of|for)|more of|another (?:box|pack|packet|course|bottle|tube|inhaler|supply) of|some more|a few more) (?:my |his |her |the |some )?${WORDS}${MED}\\b`,
    ),
    new RegExp(
      `\\b(?:sort|hook|set|fix) (?:me|us|him|her) (?:out |up )?with (?:some |a |an |more |my |another )?(?:new |stronger |different |more )?${WORDS}${SUPPLY}\\b`,
    ),
    // "can I get a sick note", "can I have some antibiotics for it", "is it possible to get antibiotics?"
    new RegExp(
      `\\b(?:can|could|may) (?:i|we|he|she|my \\w+) (?:please )?(?:get|have|order|request|be (?:given|sent|prescribed)) (?:a |an |some |more |my |another |a new |a course of |a repeat |an early )?${WORDS}(?:${RX}|${NOTE}|antibiotics?|(?:some|more|a course of) ${MED})\\b(?! (?:over the counter|without|at (?:a|the) pharmacy|otc|online|from (?:a|the|my) (?:pharmacy|chemist|shop|supermarket)))`,
    ),
    new RegExp(
      `\\b(?:is it possible|is there (?:any )?(?:way|chance)|any chance|is there any way) (?:to|i (?:can|could)|for me to|of) (?:get|getting|have|having|be (?:given|prescribed)) (?:a |an |some |more |my )?${WORDS}(?:${RX}|${NOTE}|${MED})\\b(?! (?:over the counter|without|at (?:a|the) pharmacy|otc|online|from (?:a|the|my) (?:pharmacy|chemist|shop|supermarket)))`,
    ),
    // "is there anything you can give me", "can you give me something for the pain"
    /\b(?:anything|something) (?:that )?you (?:can|could) (?:prescribe|give me|send|get me|order|recommend (?:and|to) (?:send|prescribe))\b|\b(?:give|send|get|prescribe) me (?:something|anything) (?:for|to (?:help|stop|ease|calm|treat))\b/,
    new RegExp(
      `\\bsend (?:a |my |the |his |her |our |some |more )?(?:\\w+ ){0,2}?${SUPPLY} (?:through |over |straight )?to (?:my |the |our |a |his |her )?(?:local )?(?:pharmacy|chemist|drugstore|boots|lloyds|superdrug|cvs|walgreens|rite aid)\\b`,
    ),
    new RegExp(
      `\\b(?:get|have|order|buy|obtain|receive) (?:a |an |some |more |my )?(?:\\w+ ){0,3}?(?:${RX}|${MED}|${NOTE})(?: for (?:\\w+ ){1,3})? (?:from|through|via|off) ${SERVICE}\\b`,
    ),
    // "I've run out of my blood pressure tablets, can you send more?"
    new RegExp(
      `\\b(?:run out of|ran out of|running out of|running low on|out of|finished|used up|lost) (?:all )?(?:my|his|her|our|the) (?:[\\w'-]+ ){0,3}?${MED}\\b[^?]{0,80}?\\b(?:can|could|will|would) you\\b`,
    ),
    /\b(?:run out|ran out|running out|running low)\b[^?.]{0,40}?\bneed (?:my|more|some|a new|another)\b/,
  ],
};
