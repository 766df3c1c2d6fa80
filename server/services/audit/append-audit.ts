import { desc, sql } from "drizzle-orm";
import type { Transaction } from "../../db/client.ts";
import { type AuditEventRow, auditEvents } from "../../db/schema/index.ts";
import { auditHash, GENESIS_HASH } from "./chain.ts";

export type AuditAction =
  | "staff.login"
  | "staff.login_failed"
  | "staff.logout"
  | "staff.create"
  | "staff.disable"
  | "staff.role_change"
  | "conversation.read"
  | "conversation.message"
  | "escalation.read"
  | "escalation.claim"
  | "escalation.release"
  | "escalation.reassign"
  | "escalation.note"
  | "escalation.resolve"
  | "escalation.reopen"
  | "settings.update"
  | "audit.read"
  | "retention.purge"
  | "retention.purge_sign_in_records";

export interface AuditActor {
  id: string;
  email: string;
}

export interface AuditEntry {
  actor: AuditActor | null;
  action: AuditAction;
  target?: { type: string; id: string };
  conversationId?: string;
  requestId?: string;
  /** Ids, counts and reasons only: never message text, note text or passwords. */
  detail?: Record<string, unknown>;
  at: Date;
}

// One constant key: every append in the cluster queues on the same transaction-scoped lock, so
// each row sees the committed previous one and the chain never forks.
const AUDIT_CHAIN_LOCK = 7_308_604_897_068_083_200n;

/**
 * Appends to the audit chain inside the caller's transaction: if the action rolls back, so does
 * its record, and if this fails, the action does. Call it last in the transaction, so the chain
 * lock is always taken after the action's own row locks (no lock-order deadlocks).
 */
export async function appendAudit(tx: Transaction, entry: AuditEntry): Promise<AuditEventRow> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const content = {
    seq: (last?.seq ?? 0) + 1,
    // Millisecond precision survives the timestamptz round trip exactly, so the hash re-verifies.
    at: new Date(entry.at.getTime()),
    actorStaffId: entry.actor?.id ?? null,
    actorEmail: entry.actor?.email ?? null,
    action: entry.action,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    conversationId: entry.conversationId ?? null,
    requestId: entry.requestId ?? null,
    detail: JSON.parse(JSON.stringify(entry.detail ?? {})) as Record<string, unknown>,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const [row] = await tx
    .insert(auditEvents)
    .values({ ...content, prevHash, hash: auditHash(content, prevHash) })
    .returning();
  if (!row) throw new Error("audit insert returned no row");
  return row;
}
