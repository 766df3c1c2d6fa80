// Triage of one patient message in its conversation: concept rules, past events, the crisis track
// (crisis intent or worse is an emergency too), and information reasons when nothing else applies.
import { assessCrisis } from "../crisis/assess.ts";
import { readDocument, type TextDocument } from "../text/document.ts";
import { findConcepts } from "../text/findings.ts";
import { type CheckContext, crisisRank, type Reason, type TriageResult } from "../types.ts";
import { CONCEPT_RULES, DERIVED_RULES } from "./catalogue.ts";
import { type Fired, firePastRules, fireRules, rank, withoutSpareNets } from "./engine.ts";
import { TRIAGE_LEXICON } from "./lexicon.ts";
import type { TriageRule } from "./rule-types.ts";

const MAX_EARLIER_TURNS = 12;
const MAX_REASONS = 8;
const EDUCATION_FRAMES = new Set(["EDUCATION", "EDUCATION_HEAD", "GENERIC_IF"]);

function derived(
  rule: TriageRule | (typeof DERIVED_RULES)[keyof typeof DERIVED_RULES],
  text: string,
): Fired {
  return { rule: { ...rule, when: "NONE" } as TriageRule, reason: { ruleId: rule.id, text } };
}

function crisisReasons(ctx: CheckContext): Fired[] {
  const crisis = assessCrisis(ctx);
  const detail = crisis.reasons[0]?.text;
  const rank = crisisRank(crisis.tier);
  if (rank >= crisisRank("intent")) {
    return [derived(DERIVED_RULES.suicideRisk, `${DERIVED_RULES.suicideRisk.summary}: ${detail}`)];
  }
  if (rank >= crisisRank("ideation") || crisis.methodSeeking) {
    return [
      derived(
        DERIVED_RULES.suicidalThoughts,
        `${DERIVED_RULES.suicidalThoughts.summary}: ${detail}`,
      ),
    ];
  }
  if (crisis.tier === "distress")
    return [derived(DERIVED_RULES.lowMood, `${DERIVED_RULES.lowMood.summary}: ${detail}`)];
  return [];
}

const QUESTION_START = new Set([
  "what",
  "how",
  "why",
  "when",
  "can",
  "is",
  "does",
  "do",
  "should",
  "are",
  "which",
  "will",
  "could",
]);

function isQuestion(doc: TextDocument): boolean {
  if (doc.frameHits.some((h) => EDUCATION_FRAMES.has(h.concept))) return true;
  return doc.sentences.some(
    (s) =>
      QUESTION_START.has(doc.tokens[s.start]?.norm ?? "") || doc.tokens[s.end - 1]?.value === "?",
  );
}

function infoReasons(doc: TextDocument): Reason[] {
  const findings = findConcepts(doc, TRIAGE_LEXICON);
  const reasons: Reason[] = [];
  if (isQuestion(doc) && findings.some((f) => f.hypothetical || f.concept === "HEALTH_TOPIC")) {
    reasons.push({ ruleId: DERIVED_RULES.education.id, text: DERIVED_RULES.education.summary });
  }
  if (findings.some((f) => f.concept === "NAVIGATION" && !f.negated)) {
    reasons.push({ ruleId: DERIVED_RULES.navigation.id, text: DERIVED_RULES.navigation.summary });
  }
  return reasons;
}

export function assessTriage(ctx: CheckContext): TriageResult {
  const current = readDocument(ctx.text);
  const earlier = ctx.history
    .filter((t) => t.role === "patient")
    .slice(-MAX_EARLIER_TURNS)
    .map((t) => readDocument(t.text));
  let fired = fireRules(CONCEPT_RULES, TRIAGE_LEXICON, { current, earlier });
  if (fired.some((f) => !f.rule.fallback)) fired = fired.filter((f) => !f.rule.fallback);
  fired.push(...crisisReasons(ctx));
  const { recentRules, pastRules } = firePastRules(CONCEPT_RULES, TRIAGE_LEXICON, current);
  for (const rule of recentRules) {
    fired.push(
      derived(
        DERIVED_RULES.recentWarning,
        `${DERIVED_RULES.recentWarning.summary}: ${rule.summary}`,
      ),
    );
  }
  const { level, reasons } = rank(withoutSpareNets(fired));
  if (level === "info") {
    for (const rule of pastRules) {
      reasons.push({
        ruleId: DERIVED_RULES.pastHistory.id,
        text: `${DERIVED_RULES.pastHistory.summary}: ${rule.summary}`,
      });
    }
    reasons.push(...infoReasons(current));
  }
  return { level, reasons: dedupe(reasons).slice(0, MAX_REASONS) };
}

function dedupe(reasons: Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    if (seen.has(r.ruleId)) return false;
    seen.add(r.ruleId);
    return true;
  });
}
