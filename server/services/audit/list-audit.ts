import { and, desc, eq, gte, lt, lte, type SQL } from "drizzle-orm";
import { type AuditEventRow, auditEvents } from "../../db/schema/index.ts";
import { auditActor, type StaffContext } from "../staff/principal.ts";
import { appendAudit } from "./append-audit.ts";

export interface AuditFilters {
  actor?: string;
  action?: string;
  conversationId?: string;
  from?: Date;
  to?: Date;
  /** Only events older than this seq (the next page). */
  before?: number;
  limit: number;
}

export interface AuditEventView {
  seq: number;
  at: string;
  actor: { id: string; email: string | null } | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  conversationId: string | null;
  requestId: string | null;
  detail: Record<string, unknown>;
  hash: string;
  prevHash: string;
}

function toView(row: AuditEventRow): AuditEventView {
  return {
    seq: row.seq,
    at: row.at.toISOString(),
    actor: row.actorStaffId ? { id: row.actorStaffId, email: row.actorEmail } : null,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    conversationId: row.conversationId,
    requestId: row.requestId,
    detail: row.detail,
    hash: row.hash,
    prevHash: row.prevHash,
  };
}

/** The audit log, newest first; reading it is itself audited (who looked, with which filters). */
export async function listAudit(
  ctx: StaffContext,
  filters: AuditFilters,
): Promise<AuditEventView[]> {
  const where: SQL[] = [];
  if (filters.actor) where.push(eq(auditEvents.actorStaffId, filters.actor));
  if (filters.action) where.push(eq(auditEvents.action, filters.action));
  if (filters.conversationId) where.push(eq(auditEvents.conversationId, filters.conversationId));
  if (filters.from) where.push(gte(auditEvents.at, filters.from));
  if (filters.to) where.push(lte(auditEvents.at, filters.to));
  if (filters.before) where.push(lt(auditEvents.seq, filters.before));
  return ctx.db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(auditEvents)
      .where(and(...where))
      .orderBy(desc(auditEvents.seq))
      .limit(filters.limit);
    await appendAudit(tx, {
      actor: auditActor(ctx.actor),
      action: "audit.read",
      requestId: ctx.requestId,
      detail: {
        filters: { ...filters, from: filters.from?.toISOString(), to: filters.to?.toISOString() },
        returned: rows.length,
      },
      at: ctx.now,
    });
    return rows.map(toView);
  });
}
