// The triage check: every patient message gets one of five urgency levels with plain-language reasons
// (clinical-safety.md §1–§2). Escalates emergencies and urgent same-day problems; flags routine ones.
import type { Check, TriageResult } from "../types.ts";
import { CHECK_BUDGET_MS } from "../types.ts";
import { assessTriage } from "./assess.ts";

export { TRIAGE_RULES } from "./catalogue.ts";
export type { Disposition, TriageRuleInfo } from "./rule-types.ts";

export const triageCheck: Check<TriageResult> = {
  id: "input.triage",
  version: "1.0.0",
  budgetMs: CHECK_BUDGET_MS,
  run(ctx) {
    const result = assessTriage(ctx);
    const verdict =
      result.level === "emergency" || result.level === "urgent"
        ? "escalate"
        : result.level === "routine"
          ? "flag"
          : "allow";
    return { verdict, ruleIds: result.reasons.map((r) => r.ruleId), result };
  },
};
