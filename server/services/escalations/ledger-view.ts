import { asc, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { type TurnCheckRow, turnChecks } from "../../db/schema/index.ts";

export interface LedgerView {
  stage: string;
  checkId: string;
  checkVersion: string;
  verdict: string;
  ruleIds: string[];
  durationMs: number;
  failure: string | null;
}

export function toLedgerView(row: TurnCheckRow): LedgerView {
  return {
    stage: row.stage,
    checkId: row.checkId,
    checkVersion: row.checkVersion,
    verdict: row.verdict,
    ruleIds: row.ruleIds,
    durationMs: row.durationMs,
    failure: row.failure,
  };
}

/** The safety ledger of each turn, keyed by the patient message the turn answered. */
export async function loadLedgers(
  db: Executor,
  messageIds: string[],
): Promise<Map<string, LedgerView[]>> {
  const byMessage = new Map<string, LedgerView[]>();
  if (messageIds.length === 0) return byMessage;
  const rows = await db
    .select()
    .from(turnChecks)
    .where(inArray(turnChecks.messageId, messageIds))
    .orderBy(asc(turnChecks.createdAt));
  for (const row of rows) {
    const list = byMessage.get(row.messageId) ?? [];
    list.push(toLedgerView(row));
    byMessage.set(row.messageId, list);
  }
  return byMessage;
}
