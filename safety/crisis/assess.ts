// Works out the crisis tier for a message in the context of the conversation. Method-seeking counts in
// any framing ("for a story", "hypothetically"); a supporter's question about someone else does not
// make the supporter a patient in crisis. Intent and above stated earlier stay in force (sticky).
import { holds } from "../text/conditions.ts";
import { readDocument, type TextDocument } from "../text/document.ts";
import { EVER, type Evidence, gatherEvidence, sharedView, type View } from "../text/evidence.ts";
import type { Finding } from "../text/findings.ts";
import {
  type CheckContext,
  type CrisisResult,
  type CrisisTier,
  crisisRank,
  type Reason,
} from "../types.ts";
import { CRISIS_LEXICON } from "./lexicon.ts";
import { CRISIS_RULES, type CrisisRule } from "./rules.ts";

const MAX_EARLIER_TURNS = 12;
const ANY_FRAMING = new Set(["METHOD_SEEKING", "METHOD_SEEKING_IF_CONTEXT"]);
// Findings a supporter's question ("how do I help my friend who is suicidal") is about.
const ABOUT_SOMEONE_ELSE = new Set([
  "WISH_DEAD",
  "SUICIDAL",
  "SELF_HARM",
  "DISTRESS",
  "GRIEF",
  "METHOD_THOUGHTS",
]);

function sentenceOf(doc: TextDocument, token: number): number {
  return doc.sentences.findIndex((s) => token >= s.start && token < s.end);
}

function isSupporterQuestion(doc: TextDocument, f: Finding, all: readonly Finding[]): boolean {
  if (!ABOUT_SOMEONE_ELSE.has(f.concept)) return false;
  const supports = all.filter((s) => s.concept === "SUPPORT");
  if (supports.length === 0) return false;
  const sentence = sentenceOf(doc, f.start);
  return supports.some(
    (s) => s.concept === "SUPPORT" && s.start <= f.start && sentenceOf(doc, s.start) === sentence,
  );
}

const FIRST_PERSON = new Set(["i", "me", "my", "myself", "mine"]);

/** "What if I just ended it all?" is about the patient, question or not. */
function firstPersonInQuestion(doc: TextDocument, f: Finding): boolean {
  if (!ABOUT_SOMEONE_ELSE.has(f.concept) && f.concept !== "INTENT") return false;
  const s = doc.sentences[sentenceOf(doc, f.start)];
  if (!s) return false;
  for (let i = s.start; i < s.end; i++)
    if (FIRST_PERSON.has(doc.tokens[i]?.norm ?? "")) return true;
  return false;
}

// The C-SSRS behaviour window is the past 3 months.
const CRISIS_VIEW: View = sharedView({
  maxDaysAgo: 92,
  anyFraming: ANY_FRAMING,
  framedStillCounts: firstPersonInQuestion,
  exclude: isSupporterQuestion,
});
const PAST_VIEW: View = sharedView({ ...EVER, exclude: isSupporterQuestion });
const SUPPORT_VIEW: View = sharedView({
  maxDaysAgo: Number.POSITIVE_INFINITY,
  anyFraming: new Set(["SUPPORT"]),
});

interface Fired {
  rule: CrisisRule;
  text: string;
}

function quote(rule: CrisisRule, ev: Evidence): string {
  const words: string[] = [];
  const collect = (c: unknown): void => {
    if (typeof c === "string") for (const f of ev.concepts.get(c) ?? []) words.push(f.text);
    else if (c && typeof c === "object") for (const v of Object.values(c)) collect(v);
  };
  collect(rule.when);
  const unique = [...new Set(words)].slice(0, 2).join("; ");
  return unique ? ` ("${unique.length > 70 ? `${unique.slice(0, 69)}…` : unique}")` : "";
}

function patientDocs(ctx: Pick<CheckContext, "text" | "history">): {
  current: TextDocument;
  earlier: TextDocument[];
} {
  const earlier = ctx.history
    .filter((t) => t.role === "patient")
    .slice(-MAX_EARLIER_TURNS)
    .map((t) => readDocument(t.text));
  return { current: readDocument(ctx.text), earlier };
}

const memo = new WeakMap<object, CrisisResult>();

/** The crisis picture for the current message; memoised per context object (triage asks too). */
export function assessCrisis(ctx: Pick<CheckContext, "text" | "history">): CrisisResult {
  const cached = memo.get(ctx);
  if (cached) return cached;
  const { current, earlier } = patientDocs(ctx);
  const now = gatherEvidence([current], CRISIS_LEXICON, CRISIS_VIEW);
  const before = gatherEvidence(earlier, CRISIS_LEXICON, CRISIS_VIEW);
  const together =
    earlier.length > 0 ? gatherEvidence([...earlier, current], CRISIS_LEXICON, CRISIS_VIEW) : now;
  const fired: Fired[] = [];
  for (const rule of CRISIS_RULES) {
    if (holds(rule.when, now)) {
      fired.push({ rule, text: rule.summary + quote(rule, now) });
    } else if (earlier.length > 0 && holds(rule.when, together)) {
      if (!holds(rule.when, before)) {
        fired.push({
          rule,
          text: `${rule.summary}${quote(rule, together)}, pieced together from this and earlier messages`,
        });
      } else if (crisisRank(rule.tier) >= crisisRank("intent")) {
        fired.push({
          rule,
          text: `${rule.summary}${quote(rule, before)}, said earlier in this conversation`,
        });
      }
    }
  }
  const reasons: Reason[] = [];
  let tier: CrisisTier | null = null;
  let methodSeeking = false;
  for (const f of [...fired].sort((a, b) => crisisRank(b.rule.tier) - crisisRank(a.rule.tier))) {
    reasons.push({ ruleId: f.rule.id, text: f.text });
    if (crisisRank(f.rule.tier) > crisisRank(tier)) tier = f.rule.tier;
    methodSeeking ||= f.rule.methodSeeking === true;
  }
  if (tier === null || crisisRank(tier) < crisisRank("distress")) {
    const ever = gatherEvidence([current], CRISIS_LEXICON, PAST_VIEW);
    if (holds("ATTEMPT", ever)) {
      tier = "distress";
      reasons.push({
        ruleId: "input.crisis.past_attempt",
        text: "Mentions a suicide attempt more than 3 months ago",
      });
    }
  }
  if (tier === null && holds("SUPPORT", gatherEvidence([current], CRISIS_LEXICON, SUPPORT_VIEW))) {
    reasons.push({
      ruleId: "input.crisis.support_request",
      text: "Asking how to support someone else or about suicide in general: share crisis resources",
    });
  }
  const result: CrisisResult = { tier, reasons, methodSeeking };
  memo.set(ctx, result);
  return result;
}
