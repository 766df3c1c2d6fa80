import { and, eq, ne, sql } from "drizzle-orm";
import { type EscalationDecision, priorityRank } from "../../../safety/escalation/decide.ts";
import type { EscalationPriority } from "../../../safety/escalation/rules.ts";
import type { CrisisTier, Reason, TriageLevel } from "../../../safety/types.ts";
import { mostUrgent } from "../../../safety/types.ts";
import { type SlaPolicy, slaDueAt } from "../../config/sla.ts";
import type { Transaction } from "../../db/client.ts";
import { type EscalationRow, escalationEvents, escalations } from "../../db/schema/index.ts";

export interface OpenEscalationInput {
  conversationId: string;
  triggerMessageId: string;
  decision: EscalationDecision;
  level: TriageLevel;
  crisisTier: CrisisTier | null;
  reasons: Reason[];
  now: Date;
  sla: SlaPolicy;
}

export type EscalationChange = "opened" | "raised" | "retriggered";

function reasonText(decision: EscalationDecision, reasons: Reason[]): string {
  const detail = reasons.map((r) => r.text).join("; ");
  return detail ? `${decision.summary} ${detail}` : decision.summary;
}

/**
 * Opens an escalation for the conversation, or, when one is already open or claimed, raises its
 * priority (never lowers it) and records that the conversation triggered it again. Runs inside
 * the caller's transaction, the one that stores the reply.
 */
export async function openEscalation(
  tx: Transaction,
  input: OpenEscalationInput,
): Promise<{ row: EscalationRow; change: EscalationChange }> {
  const { decision } = input;
  const ruleIds = [...new Set([...input.reasons.map((r) => r.ruleId), ...decision.ruleIds])];
  const [active] = await tx
    .select()
    .from(escalations)
    .where(
      and(eq(escalations.conversationId, input.conversationId), ne(escalations.status, "resolved")),
    )
    .for("update");

  if (!active) {
    const [row] = await tx
      .insert(escalations)
      .values({
        conversationId: input.conversationId,
        priority: decision.priority,
        queue: decision.queue,
        triageLevel: input.level,
        crisisTier: input.crisisTier,
        ruleIds,
        reason: reasonText(decision, input.reasons),
        rulesVersion: decision.rulesVersion,
        triggerMessageId: input.triggerMessageId,
        slaDueAt: slaDueAt(decision.priority, input.now, input.sla),
      })
      .returning();
    if (!row) throw new Error("escalation insert returned no row");
    await tx.insert(escalationEvents).values({
      escalationId: row.id,
      kind: "opened",
      messageId: input.triggerMessageId,
      data: { priority: row.priority, ruleIds },
    });
    return { row, change: "opened" };
  }

  const raised =
    priorityRank(decision.priority) > priorityRank(active.priority as EscalationPriority);
  const due = slaDueAt(decision.priority, input.now, input.sla);
  const [row] = await tx
    .update(escalations)
    .set({
      // Merged here, not in SQL: the row is locked FOR UPDATE above, and drizzle would bind a JS
      // array as a record, which PostgreSQL can't cast to text[].
      ruleIds: [...new Set([...active.ruleIds, ...ruleIds])],
      triageLevel: mostUrgent(active.triageLevel as TriageLevel, input.level),
      ...(raised
        ? {
            priority: decision.priority,
            queue: decision.queue,
            reason: reasonText(decision, input.reasons),
            slaDueAt: new Date(Math.min(due.getTime(), active.slaDueAt.getTime())),
            crisisTier: input.crisisTier ?? active.crisisTier,
          }
        : {}),
      revision: sql`${escalations.revision} + 1`,
      updatedAt: input.now,
    })
    .where(eq(escalations.id, active.id))
    .returning();
  if (!row) throw new Error("escalation update returned no row");
  const change: EscalationChange = raised ? "raised" : "retriggered";
  await tx.insert(escalationEvents).values({
    escalationId: row.id,
    kind: change,
    messageId: input.triggerMessageId,
    data: { priority: decision.priority, ruleIds },
  });
  return { row, change };
}
