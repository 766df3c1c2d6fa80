import { and, eq, sql } from "drizzle-orm";
import type { Transaction } from "../../db/client.ts";
import { type EscalationRow, escalationEvents, escalations } from "../../db/schema/index.ts";
import { isUuid } from "../../lib/tokens.ts";
import { type AuditAction, appendAudit } from "../audit/append-audit.ts";
import { notFound, ServiceError } from "../errors.ts";
import { auditActor, type StaffContext } from "../staff/principal.ts";
import { loadQueueItem, type QueueItem } from "./queue-item.ts";

export interface TransitionPlan {
  /** Columns to change; revision and updatedAt are handled here. */
  set: Partial<typeof escalations.$inferInsert>;
  event: { kind: string; data?: Record<string, unknown> };
  audit: { action: AuditAction; detail?: Record<string, unknown> };
}

export interface TransitionSpec {
  /** Decides from the current row: a plan, or throws a ServiceError (conflict, forbidden). */
  plan(row: EscalationRow): TransitionPlan;
  /** More writes in the same transaction, before the audit row; may add to the audit detail. */
  also?(tx: Transaction, row: EscalationRow): Promise<Record<string, unknown> | undefined>;
}

export const escalationNotFound = () => notFound("Escalation not found");

async function current(tx: Transaction, id: string): Promise<EscalationRow> {
  const [row] = await tx.select().from(escalations).where(eq(escalations.id, id));
  if (!row) throw escalationNotFound();
  return row;
}

/**
 * Applies one state change with optimistic concurrency: the update only matches the revision the
 * decision was made on (and, when the client sends one, the revision it saw), so of two clinicians
 * acting at once exactly one wins and the other is told why (409). The escalation event and the audit row commit with the change or not at all.
 */
export async function transition(
  ctx: StaffContext,
  escalationId: string,
  spec: TransitionSpec,
  expectedRevision?: number,
): Promise<QueueItem> {
  if (!isUuid(escalationId)) throw escalationNotFound();
  const item = await ctx.db.transaction(async (tx) => {
    const row = await current(tx, escalationId);
    const plan = spec.plan(row);
    // The client acted on what it last saw: if that is stale, it must look again first.
    if (expectedRevision !== undefined && expectedRevision !== row.revision) {
      throw new ServiceError("conflict", "This escalation changed since you loaded it; reload it");
    }
    const [updated] = await tx
      .update(escalations)
      .set({ ...plan.set, revision: sql`${escalations.revision} + 1`, updatedAt: ctx.now })
      .where(and(eq(escalations.id, row.id), eq(escalations.revision, row.revision)))
      .returning();
    if (!updated) {
      // Someone else changed it between our read and our write: explain against the new state.
      spec.plan(await current(tx, escalationId));
      throw new ServiceError(
        "conflict",
        "Someone else changed this escalation just now; reload it",
      );
    }
    await tx.insert(escalationEvents).values({
      escalationId: row.id,
      kind: plan.event.kind,
      actorStaffId: ctx.actor.id,
      data: plan.event.data ?? {},
      createdAt: sql`clock_timestamp()`,
    });
    const extra = await spec.also?.(tx, updated);
    await appendAudit(tx, {
      actor: auditActor(ctx.actor),
      action: plan.audit.action,
      target: { type: "escalation", id: row.id },
      conversationId: row.conversationId,
      requestId: ctx.requestId,
      detail: { from: row.status, to: updated.status, ...plan.audit.detail, ...extra },
      at: ctx.now,
    });
    const view = await loadQueueItem(tx, row.id, ctx.now);
    if (!view) throw escalationNotFound();
    return view;
  });
  // Announced only after the commit, so no console sees a change that rolled back.
  await ctx.events.publish({ type: "escalation", escalationId: item.id, change: "updated" });
  return item;
}

export const conflict = (message: string) => new ServiceError("conflict", message);
