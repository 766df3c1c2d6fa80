import { CONDITION } from "../scope/lexicon.ts";
import { foldText } from "../text/normalize.ts";
import { CHECK_BUDGET_MS } from "../types.ts";
import { citedPassages, fromPassage } from "./citations.ts";
import { clauseBefore, withoutCitations } from "./clause.ts";
import { type OutputCheck, type OutputContext, reportOf } from "./types.ts";

// Catches a reply telling the patient what they have (clinical-safety.md N1): "you have a UTI",
// "it sounds like strep", "your symptoms point to migraine". Conditionals ("if you have asthma"),
// questions ("do you have a fever?") and negations don't fire; nor does a claim a cited passage makes.

const COND = `(?:(?:an? |the )?${CONDITION}|an? (?:\\w+ ){0,3}(?:infection|disease|disorder|syndrome|condition|illness|virus|allergy))`;
const WHO =
  "(?:you|your (?:\\w+ )?(?:child|baby|son|daughter|husband|wife|partner|mum|mom|dad|father|mother|friend|toddler|kid))";
const CLAIMS: readonly RegExp[] = [
  new RegExp(
    `\\b${WHO}(?:'ve|'s got| (?:(?:most |very )?(?:probably|likely|definitely|clearly|certainly|may|might|could|must) )?(?:have|has)) (?:got |developed |caught |picked up )?(${COND})\\b`,
    "g",
  ),
  new RegExp(
    `\\b${WHO}(?:'re|'s| are| is) (?:(?:most |very )?(?:probably|likely|definitely|clearly) )?(?:suffering from|having|experiencing|showing signs of) (${COND})\\b`,
    "g",
  ),
  new RegExp(
    `\\b(?:this|it|that) (?:sounds|looks|seems) (?:a lot |very much |most )?like (${COND})\\b`,
    "g",
  ),
  new RegExp(
    `\\b(?:this|it|that)(?: is|'s) (?:most |very )?(?:probably|likely|definitely|almost certainly|clearly|certainly) (${COND})\\b`,
    "g",
  ),
  new RegExp(`\\b(?:this|it|that) (?:could|may|might|must) (?:well )?be (${COND})\\b`, "g"),
  new RegExp(
    `\\b(?:your|these|the|his|her|their) symptoms (?:are (?:caused by|due to|a sign of|signs of|typical of)|point to|suggest|indicate|mean|sound like|look like|match) (${COND})\\b`,
    "g",
  ),
  new RegExp(`\\bi (?:think|believe|suspect) (?:you have|it's|it is|this is) (${COND})\\b`, "g"),
];
const NOT_A_CLAIM =
  /\b(?:if|when|whether|unless|in case|who|not|no|never|don't|doesn't|can't|cannot|isn't|do|does|did|signs that|sure)\b/;
const NOT_A_CONDITION = /^(?:an? )?(?:diagnosis|prognosis)$/;

/**
 * The conditions `folded` claims the patient (or the person they care for) has. A passage's claims
 * are read with their conditions ("if …, it is probably croup"): they back the same claim in a reply.
 */
export function claimedConditions(folded: string, options = { conditional: false }): string[] {
  const found: string[] = [];
  for (const sentence of folded.split(/(?<=[.!?\n])\s+/)) {
    if (sentence.trimEnd().endsWith("?")) continue;
    for (const pattern of CLAIMS) {
      for (const m of sentence.matchAll(pattern)) {
        const condition = (m[1] ?? "").replace(/^(?:an?|the) /, "");
        if (NOT_A_CONDITION.test(condition)) continue;
        if (!options.conditional && NOT_A_CLAIM.test(clauseBefore(sentence, m.index, 5))) continue;
        if (!found.includes(condition)) found.push(condition);
      }
    }
  }
  return found;
}

export function findDiagnosis(ctx: OutputContext) {
  const claimed = claimedConditions(foldText(withoutCitations(ctx.text)));
  if (claimed.length === 0) return [];
  const backed = new Set(
    citedPassages(ctx).flatMap((p) =>
      fromPassage(p.text, "claims", (t) => claimedConditions(foldText(t), { conditional: true })),
    ),
  );
  const unbacked = claimed.filter((condition) => !backed.has(condition));
  if (unbacked.length === 0) return [];
  return [
    {
      ruleId: "output.diagnosis.claim",
      text: `Tells the patient what condition they have (${unbacked.join(", ")})`,
    },
  ];
}

export const diagnosisCheck: OutputCheck = {
  id: "output.diagnosis",
  version: "1.0.0",
  budgetMs: CHECK_BUDGET_MS,
  run: (ctx) => reportOf(findDiagnosis(ctx)),
};
