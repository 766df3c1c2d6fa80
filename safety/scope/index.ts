// Scope policy for patient messages: health education is welcome; careline declines to diagnose,
// to advise on personal dosing and to prescribe, and redirects plainly non-health requests.
// Over-refusal is a defect, so each rule needs a personal request, not just a health topic.

import { foldText } from "../text/normalize.ts";
import type { Check, CheckContext, CheckReport, ScopeCategory, ScopeResult } from "../types.ts";
import { CHECK_BUDGET_MS } from "../types.ts";
import { diagnosisRule } from "./diagnosis.ts";
import { dosingRule } from "./dosing.ts";
import { isNonHealth, nonHealthRule } from "./non-health.ts";
import { prescriptionRule } from "./prescription.ts";
import type { ScopeRule } from "./scope-rule.ts";
import { firesOn, reasonOf } from "./scope-rule.ts";

// Most consequential first: the first rule that fires names the category.
const DECLINE_RULES: readonly ScopeRule[] = [dosingRule, prescriptionRule, diagnosisRule];

/** The scope category of `text` (null when in scope) with every rule that fired. */
export function classifyScope(text: string): ScopeResult {
  const folded = foldText(text);
  const fired = DECLINE_RULES.filter((rule) => firesOn(rule, folded));
  const first = fired[0];
  if (first !== undefined) return { category: first.category, reasons: fired.map(reasonOf) };
  if (isNonHealth(folded)) {
    return { category: "non_health", reasons: [reasonOf(nonHealthRule)] };
  }
  return { category: null, reasons: [] };
}

function verdictFor(category: ScopeCategory | null): CheckReport<ScopeResult>["verdict"] {
  if (category === null) return "allow";
  return category === "non_health" ? "flag" : "block";
}

export const scopeCheck: Check<ScopeResult> = {
  id: "input.scope",
  version: "1.0.0",
  budgetMs: CHECK_BUDGET_MS,
  run(ctx: CheckContext): CheckReport<ScopeResult> {
    const result = classifyScope(ctx.text);
    return {
      verdict: verdictFor(result.category),
      ruleIds: result.reasons.map((reason) => reason.ruleId),
      result,
    };
  },
};
