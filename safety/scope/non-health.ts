// Catches requests that are plainly outside health: essays, code, sport, recipes, travel,
// shopping, money, weather, trivia, entertainment, chit-chat. It fires only on a clear non-health
// task or a question about a non-health domain, and never when a single health or care word appears
// anywhere, so "a healthy recipe for diabetics", "how do I kill a cold fast", "can I fly after
// surgery" and "the damp in my flat is making my asthma worse" stay in scope.

import { HEALTH_WORD } from "./health-words.ts";
import { DOMAIN, REQUEST, TASK } from "./non-health-topics.ts";
import type { ScopeRule } from "./scope-rule.ts";

export const nonHealthRule: ScopeRule = {
  category: "non_health",
  ruleId: "input.scope.non_health",
  text: "Asks for help with something other than health, which careline is not for.",
  patterns: [...TASK, DOMAIN],
};

/** A clear non-health task or domain question, and not a single health word anywhere in the message. */
export function isNonHealth(folded: string): boolean {
  if (HEALTH_WORD.test(folded)) return false;
  if (TASK.some((pattern) => pattern.test(folded))) return true;
  return DOMAIN.test(folded) && REQUEST.test(folded);
}
