import { asc, eq } from "drizzle-orm";
import { escalations, messages } from "../../db/schema/index.ts";
import { appendAudit } from "../audit/append-audit.ts";
import {
  type ConversationView,
  type MessageView,
  toConversationView,
  toMessageView,
} from "../conversations/views.ts";
import { type LedgerView, loadLedgers } from "../escalations/ledger-view.ts";
import { loadQueueItems, type QueueItem } from "../escalations/queue-item.ts";
import { auditActor, type StaffContext } from "../staff/principal.ts";
import { findEscalatedConversation } from "./escalated-conversation.ts";

export interface StaffTranscript {
  conversation: ConversationView;
  /** Patient messages carry the safety ledger of the turn they started. */
  messages: Array<MessageView & { ledger?: LedgerView[] }>;
  escalations: QueueItem[];
}

/** An escalated conversation as the care team sees it; the read is audited in the same transaction. */
export async function getStaffConversation(
  ctx: StaffContext,
  conversationId: string,
): Promise<StaffTranscript> {
  return ctx.db.transaction(async (tx) => {
    const conversation = await findEscalatedConversation(tx, conversationId);
    const rows = await tx
      .select()
      .from(messages)
      .where(eq(messages.conversationId, conversation.id))
      .orderBy(asc(messages.seq));
    const ledgers = await loadLedgers(
      tx,
      rows.filter((m) => m.role === "patient").map((m) => m.id),
    );
    const items = await loadQueueItems(
      tx,
      eq(escalations.conversationId, conversation.id),
      ctx.now,
    );
    await appendAudit(tx, {
      actor: auditActor(ctx.actor),
      action: "conversation.read",
      target: { type: "conversation", id: conversation.id },
      conversationId: conversation.id,
      requestId: ctx.requestId,
      detail: { messages: rows.length },
      at: ctx.now,
    });
    return {
      conversation: toConversationView(conversation),
      messages: rows.map((row) => {
        const ledger = ledgers.get(row.id);
        return ledger ? { ...toMessageView(row), ledger } : toMessageView(row);
      }),
      escalations: items,
    };
  });
}
