// A scope rule: the category it decides, a dotted id, plain-language text and its patterns.
// Patterns run on folded text; a match right after a negation ("I'm not asking you to diagnose
// me") does not count.

import type { Reason, ScopeCategory } from "../types.ts";

export interface ScopeRule {
  category: ScopeCategory;
  ruleId: string;
  text: string;
  patterns: readonly RegExp[];
}

// The negation must govern the request: "I'm not asking you to diagnose me". A new clause after it
// ("a rash that doesn't fade - is it meningitis?", "it doesn't hurt but is it broken?") ends its reach.
const NEGATED =
  /\b(?:not|don't|dont|doesn't|never|no need to|without|isn't|won't|wouldn't)\b(?:(?!\b(?:and|but|so|because|or|then|now|is|are|am|do|does|did|can|could|should|would|will|has|have)\b)[^.?!,;\n\u2013-]){0,20}$/;
const LOOKBACK = 30;

function firstUnnegatedMatch(pattern: RegExp, folded: string): boolean {
  let from = 0;
  while (from < folded.length) {
    const match = pattern.exec(folded.slice(from));
    if (match === null) return false;
    const start = from + match.index;
    if (!NEGATED.test(folded.slice(Math.max(0, start - LOOKBACK), start))) return true;
    from = start + Math.max(1, match[0].length);
  }
  return false;
}

export function firesOn(rule: ScopeRule, folded: string): boolean {
  return rule.patterns.some((pattern) => firstUnnegatedMatch(pattern, folded));
}

export function reasonOf(rule: ScopeRule): Reason {
  return { ruleId: rule.ruleId, text: rule.text };
}
