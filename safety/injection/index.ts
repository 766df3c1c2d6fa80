// Prompt-injection detection for patient messages, retrieved passages and model output. It only
// flags: the message still goes through triage and crisis checks, so an injection wrapped around
// an emergency still escalates.

import { normalizeText } from "../text/normalize.ts";
import type { Check, CheckContext, CheckReport, InjectionResult, Reason } from "../types.ts";
import { CHECK_BUDGET_MS } from "../types.ts";
import { addressedRule } from "./addressed.ts";
import { delimiterRule } from "./delimiter.ts";
import { encodedRule, hidesInjection } from "./encoded.ts";
import { extractionRule } from "./extraction.ts";
import { modeSwitchRule } from "./mode-switch.ts";
import { overrideRule } from "./override.ts";
import type { PatternRule } from "./pattern-rule.ts";
import { firesOn, reasonOf } from "./pattern-rule.ts";
import { personaRule } from "./persona.ts";

export const INJECTION_FLAG = "prompt_injection";

const RULES: readonly PatternRule[] = [
  overrideRule,
  addressedRule,
  personaRule,
  extractionRule,
  delimiterRule,
  modeSwitchRule,
];

/** Every injection rule that fires on `text`, in a stable order; empty when none does. */
export function findInjection(text: string): Reason[] {
  const normalized = normalizeText(text);
  const folded = normalized.toLowerCase();
  const reasons = RULES.filter((rule) => firesOn(rule, folded)).map(reasonOf);
  if (hidesInjection(normalized, folded, RULES)) reasons.push(reasonOf(encodedRule));
  return reasons;
}

export const injectionCheck: Check<InjectionResult> = {
  id: "input.injection",
  version: "1.0.0",
  budgetMs: CHECK_BUDGET_MS,
  run(ctx: CheckContext): CheckReport<InjectionResult> {
    const reasons = findInjection(ctx.text);
    const detected = reasons.length > 0;
    return {
      verdict: detected ? "flag" : "allow",
      ruleIds: reasons.map((reason) => reason.ruleId),
      result: { detected, reasons },
    };
  },
};
