import type { Check, CheckContext, Verdict } from "./types.ts";

// Runs checks and writes the per-turn safety ledger. A check that throws or overruns its budget
// fails closed: it is recorded as an error and the caller escalates. A late result is still kept,
// because it can only add urgency, never remove it.

export type LedgerStage = "input" | "output";

export interface LedgerEntry {
  stage: LedgerStage;
  checkId: string;
  version: string;
  verdict: Verdict | "error";
  ruleIds: string[];
  durationMs: number;
  failure?: "exception" | "timeout";
}

export interface CheckRun<R> {
  entry: LedgerEntry;
  /** Undefined when the check threw or never answered. */
  result: R | undefined;
  failed: boolean;
}

const TIMED_OUT = Symbol("timed out");

export async function runCheck<R>(
  check: Check<R>,
  ctx: CheckContext,
  stage: LedgerStage,
): Promise<CheckRun<R>> {
  const started = performance.now();
  const base = { stage, checkId: check.id, version: check.version };
  let timer: NodeJS.Timeout | undefined;
  try {
    const value = check.run(ctx);
    // A synchronous check is timed on its own: after an await the clock would also count whatever
    // other turns ran meanwhile, and a busy server would fail fast checks closed.
    const ranFor = performance.now() - started;
    const synchronous = typeof (value as { then?: unknown } | null)?.then !== "function";
    const pending = Promise.resolve(value);
    const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
      timer = setTimeout(() => resolve(TIMED_OUT), check.budgetMs);
    });
    const report = await Promise.race([pending, timeout]);
    const durationMs = synchronous ? ranFor : performance.now() - started;
    if (report === TIMED_OUT) {
      return {
        entry: {
          ...base,
          verdict: "error",
          ruleIds: ["system.check_failed"],
          durationMs,
          failure: "timeout",
        },
        result: undefined,
        failed: true,
      };
    }
    const overran = durationMs > check.budgetMs;
    return {
      entry: overran
        ? {
            ...base,
            verdict: "error",
            ruleIds: [...report.ruleIds, "system.check_failed"],
            durationMs,
            failure: "timeout",
          }
        : { ...base, verdict: report.verdict, ruleIds: report.ruleIds, durationMs },
      result: report.result,
      failed: overran,
    };
  } catch {
    return {
      entry: {
        ...base,
        verdict: "error",
        ruleIds: ["system.check_failed"],
        durationMs: performance.now() - started,
        failure: "exception",
      },
      result: undefined,
      failed: true,
    };
  } finally {
    clearTimeout(timer);
  }
}
