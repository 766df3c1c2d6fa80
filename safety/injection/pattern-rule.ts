// A rule family: a dotted id, the plain-language reason, and the patterns that fire it.
// Patterns run on folded text (normalised, lower-case) and must stay linear: bounded gaps only.

import type { Reason } from "../types.ts";

export interface PatternRule {
  ruleId: string;
  text: string;
  patterns: readonly RegExp[];
}

export function firesOn(rule: PatternRule, folded: string): boolean {
  return rule.patterns.some((pattern) => pattern.test(folded));
}

export function reasonOf(rule: PatternRule): Reason {
  return { ruleId: rule.ruleId, text: rule.text };
}
