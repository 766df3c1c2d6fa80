import { MED } from "../scope/lexicon.ts";
import { foldText } from "../text/normalize.ts";
import { CHECK_BUDGET_MS } from "../types.ts";
import { findAmounts, findFrequencies } from "./amounts.ts";
import { citedPassages, fromPassage } from "./citations.ts";
import { clauseBefore, negatedAt, withoutCitations } from "./clause.ts";
import { type OutputCheck, type OutputContext, reportOf } from "./types.ts";

// Catches dosing content a reply makes up (clinical-safety.md N2, N14): amounts and frequencies of
// medicines, and instructions to start, stop or change one. A general dose is allowed only when a
// cited passage states the same numbers; "don't stop taking it without advice" is safety advice.

const CHANGE = new RegExp(
  `\\b(?:(?:double|halve|increase|decrease|reduce|lower|raise|up|adjust|change|skip|miss) (?:your |the |his |her |their |this |that |a )?(?:\\w+ ){0,2}(?:dose|dosage|${MED})|(?:stop|start|restart|quit) (?:taking |using |giving )(?:your |the |his |her |their |any )?(?:\\w+ ){0,2}${MED}|(?:stop|start|restart|quit|come off|go off) (?:your |the |his |her |their )(?:\\w+ ){0,2}${MED}|take (?:an extra|extra|another|more|a double|double) (?:\\w+ )?(?:dose|${MED}))\\b`,
  "g",
);
// "Talk to your pharmacist before you change your dose" defers the decision to a clinician.
const DEFERS = /\b(?:before|unless|until|whether|if|ask|asking|talk|speak|check|discuss|without)\b/;
// A frequency is about medicine only when the sentence names one or takes "it".
const MEDICINE_CONTEXT = new RegExp(
  `\\b(?:${MED}|creams?|ointments?|gels?|sprays?|lotions?|syrups?|liquid medicine|lozenges?|suppositor(?:y|ies))\\b|\\b(?:take|give|have) (?:it|them|this|these|one|another)\\b`,
);

function supported(claims: string[], passages: readonly string[]): boolean {
  return claims.every((claim) => passages.some((p) => p.includes(claim)));
}

export function findDosing(ctx: OutputContext) {
  const folded = foldText(withoutCitations(ctx.text));
  const cited = citedPassages(ctx).map((p) => fromPassage(p.text, "folded", foldText));
  const citedAmounts = citedPassages(ctx).flatMap((p) =>
    fromPassage(p.text, "amounts", (t) => findAmounts(foldText(t))),
  );
  const citedFrequencies = citedPassages(ctx).flatMap((p) =>
    fromPassage(p.text, "frequencies", (t) => findFrequencies(foldText(t))),
  );
  const reasons = [];
  const amounts = findAmounts(folded).filter((a) => !citedAmounts.includes(a));
  if (amounts.length > 0) {
    reasons.push({
      ruleId: "output.dosing.amount",
      text: `States a medicine amount no cited passage gives (${amounts.join(", ")})`,
    });
  }
  if (MEDICINE_CONTEXT.test(folded)) {
    const frequencies = findFrequencies(folded).filter((f) => !citedFrequencies.includes(f));
    if (frequencies.length > 0) {
      reasons.push({
        ruleId: "output.dosing.frequency",
        text: `States how often to take a medicine, which no cited passage gives (${frequencies.join(", ")})`,
      });
    }
  }
  for (const m of folded.matchAll(CHANGE)) {
    if (negatedAt(folded, m.index) || DEFERS.test(clauseBefore(folded, m.index, 8))) continue;
    if (supported([m[0]], cited)) continue;
    reasons.push({
      ruleId: "output.dosing.change",
      text: `Tells the patient to start, stop or change a medicine ("${m[0].slice(0, 60)}")`,
    });
    break;
  }
  return reasons;
}

export const dosingCheck: OutputCheck = {
  id: "output.dosing",
  version: "1.0.0",
  budgetMs: CHECK_BUDGET_MS,
  run: (ctx) => reportOf(findDosing(ctx)),
};
