import { aliasedTable, asc, eq, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { type EscalationRow, escalations, staff } from "../../db/schema/index.ts";

// The queue's shape (docs/staff-api.md `QueueItem`); the console and any other staff tool rely on it.
export interface QueueItem {
  id: string;
  conversationId: string;
  priority: string;
  queue: string;
  status: EscalationRow["status"];
  createdAt: string;
  slaDueAt: string;
  /** Still unacknowledged (open) past its SLA: claiming is the acknowledgement. */
  overdue: boolean;
  claimedBy: { id: string; displayName: string } | null;
  triage: { level: string };
  crisisTier: string | null;
  reason: string;
  /** Changes with every transition; send it back to act only on what you saw. */
  revision: number;
}

export type Claimer = { id: string; displayName: string } | null;

export function isOverdue(row: EscalationRow, now: Date): boolean {
  return row.status === "open" && row.slaDueAt.getTime() < now.getTime();
}

export function toQueueItem(row: EscalationRow, claimer: Claimer, now: Date): QueueItem {
  return {
    id: row.id,
    conversationId: row.conversationId,
    priority: row.priority,
    queue: row.queue,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    slaDueAt: row.slaDueAt.toISOString(),
    overdue: isOverdue(row, now),
    claimedBy: row.claimedBy && claimer ? claimer : null,
    triage: { level: row.triageLevel },
    crisisTier: row.crisisTier,
    reason: row.reason,
    revision: row.revision,
  };
}

const claimers = aliasedTable(staff, "claimer");

// Most urgent first, then the soonest SLA.
const PRIORITY_ORDER = sql`case ${escalations.priority} when 'immediate' then 0 when 'same_day' then 1 else 2 end`;

/** Queue items matching `where`, in queue order. */
export async function loadQueueItems(
  db: Executor,
  where: SQL | undefined,
  now: Date,
  limit = 500,
): Promise<QueueItem[]> {
  const rows = await db
    .select({
      escalation: escalations,
      claimer: { id: claimers.id, displayName: claimers.displayName },
    })
    .from(escalations)
    .leftJoin(claimers, eq(claimers.id, escalations.claimedBy))
    .where(where)
    .orderBy(PRIORITY_ORDER, asc(escalations.slaDueAt), asc(escalations.createdAt))
    .limit(limit);
  return rows.map((r) => toQueueItem(r.escalation, r.claimer, now));
}

export async function loadQueueItem(
  db: Executor,
  escalationId: string,
  now: Date,
): Promise<QueueItem | undefined> {
  const [item] = await loadQueueItems(db, eq(escalations.id, escalationId), now, 1);
  return item;
}
