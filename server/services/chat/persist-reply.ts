import { eq } from "drizzle-orm";
import type { SlaPolicy } from "../../config/sla.ts";
import type { Database } from "../../db/client.ts";
import { type MessageRow, messages, turnChecks } from "../../db/schema/index.ts";
import type { EscalationRef } from "../conversations/views.ts";
import { type EscalationChange, openEscalation } from "../escalations/open-escalation.ts";
import type { Assessment, Draft, Turn } from "./pipeline.ts";
import { findReplyTo } from "./store.ts";

class ReplyAlreadyStored extends Error {}

export interface PersistedReply {
  reply: MessageRow;
  /** What this turn did to the conversation's escalation, for the caller to announce after commit. */
  escalation: { id: string; change: EscalationChange } | null;
}

/**
 * Stores the reply, the turn's safety ledger and its escalation in one transaction: a reply is
 * never saved without the record of the checks that let it through, nor an emergency without its
 * escalation.
 */
export async function persistReply(
  db: Database,
  input: { turn: Turn; assessment: Assessment; draft: Draft; sla: SlaPolicy },
): Promise<PersistedReply> {
  const { turn, assessment, draft } = input;
  const flags = [...new Set([...assessment.flags, ...draft.flags])];
  try {
    return await db.transaction(async (tx) => {
      const [reply] = await tx
        .insert(messages)
        .values({
          conversationId: turn.conversation.id,
          role: "assistant",
          text: draft.text,
          replyToId: turn.message.id,
          triageLevel: assessment.triage.level,
          triageReasons: assessment.triage.reasons,
          safetyFlags: flags,
          citations: draft.citations,
          meta: { ...draft.meta, policyVersion: assessment.policyVersion },
        })
        .onConflictDoNothing()
        .returning();
      if (!reply) throw new ReplyAlreadyStored();

      const ledger = [...assessment.ledger, ...(draft.ledger ?? [])];
      if (ledger.length > 0) {
        await tx.insert(turnChecks).values(
          ledger.map((entry) => ({
            conversationId: turn.conversation.id,
            messageId: turn.message.id,
            replyId: reply.id,
            stage: entry.stage,
            checkId: entry.checkId,
            checkVersion: entry.version,
            policyVersion: assessment.policyVersion,
            verdict: entry.verdict,
            ruleIds: entry.ruleIds,
            durationMs: entry.durationMs,
            failure: entry.failure ?? null,
          })),
        );
      }

      if (!assessment.escalation) return { reply, escalation: null };
      const { row, change } = await openEscalation(tx, {
        conversationId: turn.conversation.id,
        triggerMessageId: turn.message.id,
        decision: assessment.escalation,
        level: assessment.triage.level,
        crisisTier: assessment.crisisTier,
        reasons: assessment.triage.reasons,
        now: turn.now,
        sla: input.sla,
      });
      const escalation: EscalationRef = { id: row.id, priority: row.priority, status: row.status };
      const [updated] = await tx
        .update(messages)
        .set({ meta: { ...reply.meta, escalation } })
        .where(eq(messages.id, reply.id))
        .returning();
      return { reply: updated ?? reply, escalation: { id: row.id, change } };
    });
  } catch (error) {
    if (!(error instanceof ReplyAlreadyStored)) throw error;
    // Another instance answered the same message first; its reply stands.
    const winner = await findReplyTo(db, turn.message.id);
    if (!winner) throw new Error("reply conflict without a stored reply");
    return { reply: winner, escalation: null };
  }
}
