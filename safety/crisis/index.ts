// The mental-health crisis check (clinical-safety.md §3): C-SSRS-informed tiers from distress to
// imminent risk, and method-seeking in any framing. Escalates from ideation up and for method-seeking.
import type { Check, CheckReport, CrisisResult } from "../types.ts";
import { CHECK_BUDGET_MS, crisisRank } from "../types.ts";
import { assessCrisis } from "./assess.ts";

export { assessCrisis } from "./assess.ts";
export { findSelfHarmMethodContent } from "./output-rail.ts";

function verdictFor(result: CrisisResult): CheckReport<CrisisResult>["verdict"] {
  if (result.methodSeeking || crisisRank(result.tier) >= crisisRank("ideation")) return "escalate";
  return result.tier === "distress" ? "flag" : "allow";
}

export const crisisCheck: Check<CrisisResult> = {
  id: "input.crisis",
  version: "1.1.0",
  budgetMs: CHECK_BUDGET_MS,
  run(ctx) {
    const result = assessCrisis(ctx);
    return { verdict: verdictFor(result), ruleIds: result.reasons.map((r) => r.ruleId), result };
  },
};
