// Evaluates the declarative triage rules against the evidence of a conversation. A rule fires on the
// current message, on the current message completed by earlier patient turns, or (emergencies only)
// because an earlier turn already reported it. Urgency only goes up; the most urgent reason is first.

import { conceptsOf, holds } from "../text/conditions.ts";
import type { TextDocument } from "../text/document.ts";
import { EVER, type Evidence, gatherEvidence, NOW, RECENT, sharedView } from "../text/evidence.ts";
import type { Lexicon } from "../text/patterns.ts";
import { mostUrgent, type Reason, severityOf, type TriageLevel } from "../types.ts";
import { BACKGROUND } from "./background.ts";
import type { TriageRule } from "./rule-types.ts";

const MAX_QUOTE = 70;
// Now, plus risk factors from the recent past ("had a baby 2 weeks ago and now breathless").
const CURRENT = sharedView({ maxDaysAgo: NOW.maxDaysAgo, background: BACKGROUND });

function fires(rule: TriageRule, ev: Evidence): boolean {
  if (rule.personal && !ev.personal) return false;
  return holds(rule.when, ev) && !(rule.unless !== undefined && holds(rule.unless, ev));
}

function quote(rule: TriageRule, ev: Evidence): string {
  const words: string[] = [];
  for (const c of conceptsOf(rule.when)) {
    for (const f of ev.concepts.get(c) ?? []) if (!words.includes(f.text)) words.push(f.text);
  }
  const joined = words.slice(0, 3).join("; ");
  if (!joined) return "";
  return ` ("${joined.length > MAX_QUOTE ? `${joined.slice(0, MAX_QUOTE - 1)}…` : joined}")`;
}

export interface Fired {
  rule: TriageRule;
  reason: Reason;
}

export interface TurnDocs {
  current: TextDocument;
  /** Earlier patient turns, oldest first. */
  earlier: readonly TextDocument[];
}

/** Rules that fire for this conversation, before grouping. */
export function fireRules(rules: readonly TriageRule[], lexicon: Lexicon, docs: TurnDocs): Fired[] {
  const now = gatherEvidence([docs.current], lexicon, CURRENT);
  const before = gatherEvidence(docs.earlier, lexicon, CURRENT);
  const together =
    docs.earlier.length > 0
      ? gatherEvidence([...docs.earlier, docs.current], lexicon, CURRENT)
      : now;
  const fired: Fired[] = [];
  for (const rule of rules) {
    if (fires(rule, now)) {
      fired.push({ rule, reason: { ruleId: rule.id, text: rule.summary + quote(rule, now) } });
    } else if (docs.earlier.length > 0 && fires(rule, together)) {
      const earlierAlone = fires(rule, before);
      if (!earlierAlone) {
        const text = `${rule.summary}${quote(rule, together)}, pieced together from this and earlier messages`;
        fired.push({ rule, reason: { ruleId: rule.id, text } });
      } else if (rule.level === "emergency") {
        const text = `${rule.summary}${quote(rule, before)}, reported earlier in this conversation`;
        fired.push({ rule, reason: { ruleId: rule.id, text } });
      }
    }
  }
  return fired;
}

/** Emergency rules that hold only for things said to have happened in the past. */
export function firePastRules(
  rules: readonly TriageRule[],
  lexicon: Lexicon,
  current: TextDocument,
) {
  const recentRules: TriageRule[] = [];
  const pastRules: TriageRule[] = [];
  if (!current.daysAgo.some((d) => d > NOW.maxDaysAgo)) return { recentRules, pastRules };
  const emergencies = rules.filter((r) => r.level === "emergency");
  const now = gatherEvidence([current], lexicon, CURRENT);
  const recent = gatherEvidence([current], lexicon, RECENT);
  const ever = gatherEvidence([current], lexicon, EVER);
  for (const rule of emergencies) {
    if (fires(rule, now)) continue;
    if (fires(rule, recent)) recentRules.push(rule);
    else if (fires(rule, ever)) pastRules.push(rule);
  }
  return { recentRules, pastRules };
}

/** Safety-net rules stand down when an ordinary rule already reached their level. */
export function withoutSpareNets(fired: readonly Fired[]): Fired[] {
  let top = -1;
  for (const f of fired) if (!f.rule.safetyNet) top = Math.max(top, severityOf(f.rule.level));
  return fired.filter((f) => !f.rule.safetyNet || severityOf(f.rule.level) > top);
}

/**
 * Keeps the most urgent reason per group, most urgent first; the level is the most urgent seen. Reasons
 * more than one level below it are dropped (a cold is noise next to a heart attack).
 */
export function rank(fired: readonly Fired[]): { level: TriageLevel; reasons: Reason[] } {
  const order = (f: Fired): number =>
    severityOf(f.rule.level) * 10 + (f.rule.disposition === "call_now" ? 1 : 0);
  const sorted = [...fired].sort((a, b) => order(b) - order(a));
  const seenGroups = new Set<string>();
  const seenIds = new Set<string>();
  const reasons: Reason[] = [];
  const levelOf = new Map<Reason, TriageLevel>();
  let level: TriageLevel = "info";
  for (const f of sorted) {
    const group = f.rule.group ?? f.rule.id;
    if (seenGroups.has(group) || seenIds.has(f.rule.id)) continue;
    seenGroups.add(group);
    seenIds.add(f.rule.id);
    reasons.push(f.reason);
    levelOf.set(f.reason, f.rule.level);
    level = mostUrgent(level, f.rule.level);
  }
  const floor = severityOf(level) - 1;
  return { level, reasons: reasons.filter((r) => severityOf(levelOf.get(r) ?? "info") >= floor) };
}
