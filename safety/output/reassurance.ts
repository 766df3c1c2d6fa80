import { foldText } from "../text/normalize.ts";
import type { TriageLevel } from "../types.ts";
import { CHECK_BUDGET_MS, severityOf } from "../types.ts";
import { negatedAt, withoutCitations } from "./clause.ts";
import { type OutputCheck, reportOf } from "./types.ts";

// Catches reassurance that undercuts the turn's triage level (clinical-safety.md N11, N12): "nothing
// to worry about" once anyone needs to look at it (routine and up), and waiting or managing at home
// when a clinician is needed today (urgent, emergency). Negated advice ("don't wait and see") is fine.

const DISMISSIVE = [
  /\bnothing (?:to worry about|to be (?:worried|concerned) about|serious|to be alarmed about)\b/,
  /\bno (?:need|reason) to (?:worry|be (?:worried|concerned|alarmed)|panic)\b/,
  /\bno cause for (?:concern|alarm)\b/,
  /\b(?:it's|it is|this is|that's|that is) (?:probably |most likely |likely )?(?:nothing|fine|harmless|not serious|not a (?:big deal|concern)|perfectly normal|completely normal)\b(?! (?:to|for|if|like)\b)/,
  /\b(?:probably|likely) nothing\b/,
  /\byou(?:'ll| will) (?:be )?(?:fine|ok|okay|alright)\b/,
  /\bno need (?:to see|for) (?:a |your |any )?(?:doctor|gp|nurse|clinician|anyone|medical (?:help|attention|advice)|appointment)\b/,
  /\byou (?:don't|do not) need (?:to see )?(?:a |your |any )?(?:doctor|gp|nurse|clinician|anyone|medical (?:help|attention|advice)|appointment)\b/,
];
const WAIT_AT_HOME = [
  /\b(?:rest|stay|recover|relax) (?:at home|in bed)\b/,
  /\bstay home and rest\b/,
  /\b(?:manage|treat|look after|handle|care for) (?:this|it|them|your symptoms|the symptoms|yourself) at home\b/,
  /\bhome (?:remedies|treatment|care) (?:should|will|are|is) (?:be )?(?:enough|fine|all you need)\b/,
  /\bwait and see\b/,
  /\bwait (?:a (?:few|couple of)|\d+|one|two|three|several) (?:hours|days|weeks)\b/,
  /\bsee (?:if|whether) (?:it|this|they|things|your symptoms) (?:gets? better|improves?|settles?|goes away|go away|clears? up|passes?)\b/,
  /\b(?:it|this|they|these|the symptoms|your symptoms) (?:should|will|usually|often|may|might) (?:go away|pass|clear up|get better|settle|improve|resolve)(?: by (?:itself|themselves)| on (?:its|their) own)\b/,
  /\bsleep it off\b/,
  /\bno (?:rush|hurry)\b/,
  /\b(?:book|make|arrange) an? (?:routine )?appointment (?:in|within|over) the next (?:few )?(?:days|weeks)\b/,
];

function matches(folded: string, patterns: readonly RegExp[]): string[] {
  const found: string[] = [];
  for (const pattern of patterns) {
    for (const m of folded.matchAll(new RegExp(pattern.source, "g"))) {
      if (!negatedAt(folded, m.index, 4)) found.push(m[0]);
    }
  }
  return found;
}

export function findReassurance(text: string, level: TriageLevel) {
  if (severityOf(level) < severityOf("routine")) return [];
  const folded = foldText(withoutCitations(text));
  const reasons = [];
  const dismissive = matches(folded, DISMISSIVE);
  if (dismissive.length > 0) {
    reasons.push({
      ruleId: "output.reassurance.dismissive",
      text: `Tells a patient triaged ${level} not to worry ("${dismissive[0]}")`,
    });
  }
  if (severityOf(level) >= severityOf("urgent")) {
    const waiting = matches(folded, WAIT_AT_HOME);
    if (waiting.length > 0) {
      reasons.push({
        ruleId: "output.reassurance.wait",
        text: `Suggests waiting or managing at home when triaged ${level} ("${waiting[0]}")`,
      });
    }
  }
  return reasons;
}

export const reassuranceCheck: OutputCheck = {
  id: "output.reassurance",
  version: "1.0.0",
  budgetMs: CHECK_BUDGET_MS,
  run: (ctx) => reportOf(findReassurance(ctx.text, ctx.level)),
};
