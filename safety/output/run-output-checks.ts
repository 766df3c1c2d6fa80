import { type LedgerEntry, runCheck } from "../run-checks.ts";
import type { Check, CheckContext, Reason } from "../types.ts";
import type { OutputCheck, OutputContext, OutputFinding } from "./types.ts";

// Runs output checks with run-checks semantics: a check that throws or overruns its budget fails
// closed (the text is blocked) and is recorded. One ledger entry per check per turn, however many
// sentences it saw: the worst verdict, every rule id, the total time.

export interface OutputRun {
  blocked: boolean;
  reasons: Reason[];
  ruleIds: string[];
}

const RANK = { allow: 0, flag: 1, block: 2, escalate: 3, error: 4 } as const;

export class OutputLedger {
  private readonly entries = new Map<string, LedgerEntry>();

  record(entry: LedgerEntry): void {
    const seen = this.entries.get(entry.checkId);
    if (!seen) {
      this.entries.set(entry.checkId, { ...entry, ruleIds: [...entry.ruleIds] });
      return;
    }
    seen.durationMs += entry.durationMs;
    for (const id of entry.ruleIds) if (!seen.ruleIds.includes(id)) seen.ruleIds.push(id);
    if (RANK[entry.verdict] > RANK[seen.verdict]) {
      seen.verdict = entry.verdict;
      if (entry.failure) seen.failure = entry.failure;
    }
  }

  list(): LedgerEntry[] {
    return [...this.entries.values()];
  }
}

export async function runOutputChecks(
  checks: readonly OutputCheck[],
  ctx: OutputContext,
  base: CheckContext,
  ledger: OutputLedger,
): Promise<OutputRun> {
  const reasons: Reason[] = [];
  const ruleIds: string[] = [];
  let blocked = false;
  for (const check of checks) {
    const adapted: Check<OutputFinding> = { ...check, run: () => check.run(ctx) };
    const run = await runCheck(adapted, { ...base, text: ctx.text }, "output");
    ledger.record(run.entry);
    if (run.failed || run.entry.verdict !== "allow") {
      blocked = true;
      ruleIds.push(...run.entry.ruleIds);
      reasons.push(...(run.result?.reasons ?? []));
    }
  }
  return { blocked, reasons, ruleIds: [...new Set(ruleIds)] };
}
