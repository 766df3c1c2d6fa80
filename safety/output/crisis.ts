import type { Reason } from "../types.ts";
import { CHECK_BUDGET_MS } from "../types.ts";
import { type OutputCheck, reportOf } from "./types.ts";

// Catches self-harm method, lethality, dose-for-harm or location content in a reply (clinical-safety
// N5), using the crisis track's detector: the server passes it in, so this family stays decoupled.

export type SelfHarmContentDetector = (text: string) => Reason[];

export function createCrisisCheck(findSelfHarmMethodContent: SelfHarmContentDetector): OutputCheck {
  return {
    id: "output.crisis",
    version: "1.0.0",
    budgetMs: CHECK_BUDGET_MS,
    run: (ctx) => reportOf(findSelfHarmMethodContent(ctx.text)),
  };
}
