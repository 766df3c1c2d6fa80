// Works out the crisis tier for a message in the context of the conversation. Method-seeking counts in
// any framing ("for a story", "hypothetically"); a supporter's question or a story does not make the
// writer a patient in crisis. Imminent means in the last two days; older behaviour within 3 months is
// intent (C-SSRS Q6). Intent and above stated earlier stay in force (sticky).
import { holds } from "../text/conditions.ts";
import { readDocument, type TextDocument } from "../text/document.ts";
import { EVER, type Evidence, gatherEvidence, sharedView, type View } from "../text/evidence.ts";
import { type Finding, findConcepts } from "../text/findings.ts";
import {
  type CheckContext,
  type CrisisResult,
  type CrisisTier,
  crisisRank,
  type Reason,
} from "../types.ts";
import { ABOUT_SOMEONE_ELSE, notThePatients, patientSays } from "./framing.ts";
import { CRISIS_LEXICON } from "./lexicon.ts";
import {
  CRISIS_RULES,
  type CrisisRule,
  type DerivedCrisisRule,
  RECENT_BEHAVIOUR,
} from "./rules.ts";

const MAX_EARLIER_TURNS = 12;
const ANY_FRAMING = new Set([
  "METHOD_SEEKING",
  "METHOD_SEEKING_IF_CONTEXT",
  "DOSE_ENOUGH",
  "SUICIDE_MENTION",
  "FICTION",
  "CONTINGENCY",
]);
const FIRST_PERSON = new Set(["i", "me", "my", "myself", "mine"]);
// "I'm not suicidal", "I'd never hurt myself": said while talking about mood, it is still distress.
const DENIABLE = new Set(["SUICIDAL", "SELF_HARM", "DENIED_HARM"]);

/** "What if I just ended it all?" is about the patient, question or not. */
function firstPersonInQuestion(doc: TextDocument, f: Finding): boolean {
  if (!ABOUT_SOMEONE_ELSE.has(f.concept) && f.concept !== "INTENT") return false;
  const s = doc.sentences.find((x) => f.start >= x.start && f.start < x.end);
  if (!s) return false;
  for (let i = s.start; i < s.end; i++)
    if (FIRST_PERSON.has(doc.tokens[i]?.norm ?? "")) return true;
  return false;
}

/** A past attempt someone else made, in a supporter's question ("how do I explain her dad's attempt"). */
function supportersHistory(doc: TextDocument, f: Finding, all: readonly Finding[]): boolean {
  if (notThePatients(doc, f, all)) return true;
  return (
    f.concept === "ATTEMPT" && all.some((o) => o.concept === "SUPPORT") && !patientSays(doc, f)
  );
}

// The C-SSRS behaviour window is the past 3 months; "now" (imminent) is the past two days.
const CRISIS_VIEW: View = sharedView({
  maxDaysAgo: 92,
  anyFraming: ANY_FRAMING,
  framedStillCounts: firstPersonInQuestion,
  exclude: notThePatients,
});
const NOW_VIEW: View = sharedView({ ...CRISIS_VIEW, maxDaysAgo: 2 });
const ANY_TIME_VIEW: View = sharedView({ ...CRISIS_VIEW, maxDaysAgo: Number.POSITIVE_INFINITY });
const PAST_VIEW: View = sharedView({ ...EVER, exclude: supportersHistory });
const SUPPORT_VIEW: View = sharedView({
  maxDaysAgo: Number.POSITIVE_INFINITY,
  anyFraming: new Set(["SUPPORT"]),
});

interface Fired {
  rule: DerivedCrisisRule & { methodSeeking?: boolean };
  text: string;
}

/** The evidence a rule is judged on: the past 3 months, the past two days (imminent), or any time. */
interface Window {
  recent: Evidence;
  now(): Evidence;
  anyTime(): Evidence;
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

/** The rule as it applies: itself, recent behaviour (older than two days), or not at all. */
function judge(rule: CrisisRule, w: Window): DerivedCrisisRule | null {
  if (!holds(rule.when, w.recent) && !(rule.anyTime && holds(rule.when, w.anyTime()))) return null;
  if (rule.tier !== "imminent" || !rule.now || holds(rule.now, w.now())) return rule;
  return RECENT_BEHAVIOUR;
}

/** Some clause is dated further back than `days` (otherwise a narrower window sees the same). */
function datedBefore(docs: readonly TextDocument[], days: number): boolean {
  for (const doc of docs)
    for (let i = 0; i < doc.daysAgo.length; i++) if ((doc.daysAgo[i] ?? 0) > days) return true;
  return false;
}

function windowOf(docs: readonly TextDocument[]): Window {
  const recent = gatherEvidence(docs, CRISIS_LEXICON, CRISIS_VIEW);
  return {
    recent,
    now: () => (datedBefore(docs, 2) ? gatherEvidence(docs, CRISIS_LEXICON, NOW_VIEW) : recent),
    anyTime: () =>
      datedBefore(docs, 92) ? gatherEvidence(docs, CRISIS_LEXICON, ANY_TIME_VIEW) : recent,
  };
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

// "No, I haven't thought about how, I wouldn't do anything": a reply that denies, not a new subject.
const DENIAL_REPLY = new Set(["DENIED_INTENT", "DENIED_METHOD"]);

/**
 * The message denies intent, a method or being suicidal. Negation is ignored on purpose: "nah I
 * haven't got a plan" reads as a negated denial, and it is the same reply.
 */
function deniesAfterwards(doc: TextDocument): boolean {
  const all = findConcepts(doc, CRISIS_LEXICON);
  if (all.some((f) => DENIAL_REPLY.has(f.concept) && !notThePatients(doc, f, all))) return true;
  return deniesHarm(doc);
}

/** Earlier thoughts stay in force through a denial that follows (denials never lower the tier). */
function keptThroughDenial(earlierAlone: DerivedCrisisRule, current: TextDocument): boolean {
  return crisisRank(earlierAlone.tier) >= crisisRank("ideation") && deniesAfterwards(current);
}

function fireRules(current: TextDocument, earlier: readonly TextDocument[]): Fired[] {
  const now = windowOf([current]);
  const before = earlier.length > 0 ? windowOf(earlier) : null;
  const together = before ? windowOf([...earlier, current]) : now;
  const fired: Fired[] = [];
  for (const rule of CRISIS_RULES) {
    const here = judge(rule, now);
    if (here) {
      fired.push({
        rule: { ...here, methodSeeking: rule.methodSeeking },
        text: text(here, rule, now),
      });
      continue;
    }
    if (!before) continue;
    const joined = judge(rule, together);
    if (!joined) continue;
    const earlierAlone = judge(rule, before);
    if (!earlierAlone) {
      fired.push({
        rule: { ...joined, methodSeeking: rule.methodSeeking },
        text: `${text(joined, rule, together)}, pieced together from this and earlier messages`,
      });
    } else if (crisisRank(earlierAlone.tier) >= crisisRank("intent")) {
      fired.push({
        rule: { ...earlierAlone, methodSeeking: rule.methodSeeking },
        text: `${text(earlierAlone, rule, before)}, said earlier in this conversation`,
      });
    } else if (keptThroughDenial(earlierAlone, current)) {
      fired.push({
        rule: { ...earlierAlone, methodSeeking: rule.methodSeeking },
        text: `${text(earlierAlone, rule, before)}, said earlier; the denial that followed does not lower it`,
      });
    }
  }
  return fired;
}

function text(applied: DerivedCrisisRule, rule: CrisisRule, w: Window): string {
  const prefix =
    applied === rule ? rule.summary : `${applied.summary}: ${rule.summary.toLowerCase()}`;
  return prefix + quote(rule, rule.anyTime ? w.anyTime() : w.recent);
}

/** A negated suicide or harm finding in the patient's own words. */
function deniesHarm(doc: TextDocument): boolean {
  const all = findConcepts(doc, CRISIS_LEXICON);
  return all.some(
    (f) => f.negated && !f.hypothetical && DENIABLE.has(f.concept) && !notThePatients(doc, f, all),
  );
}

const memo = new WeakMap<object, CrisisResult>();

/** The crisis picture for the current message; memoised per context object (triage asks too). */
export function assessCrisis(ctx: Pick<CheckContext, "text" | "history">): CrisisResult {
  const cached = memo.get(ctx);
  if (cached) return cached;
  const { current, earlier } = patientDocs(ctx);
  const fired = fireRules(current, earlier);
  const reasons: Reason[] = [];
  let tier: CrisisTier | null = null;
  let methodSeeking = false;
  const seen = new Set<string>();
  for (const f of [...fired].sort((a, b) => crisisRank(b.rule.tier) - crisisRank(a.rule.tier))) {
    methodSeeking ||= f.rule.methodSeeking === true;
    if (crisisRank(f.rule.tier) > crisisRank(tier)) tier = f.rule.tier;
    if (seen.has(f.rule.id)) continue;
    seen.add(f.rule.id);
    reasons.push({ ruleId: f.rule.id, text: f.text });
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
  if (tier === null && deniesHarm(current)) {
    tier = "distress";
    reasons.push({
      ruleId: "input.crisis.safety_denial",
      text: "Says they are not suicidal or would never hurt themselves: ask directly and offer support",
    });
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
