import { appendAudit } from "../audit/append-audit.ts";
import { auditActor, type StaffContext } from "../staff/principal.ts";
import { findEscalatedConversation } from "./escalated-conversation.ts";

/**
 * Following a conversation live on the console socket receives its messages as they arrive, so
 * it is a read like any other: escalated conversations only, audited before the first frame.
 */
export async function watchConversation(
  ctx: StaffContext,
  conversationId: string,
): Promise<string> {
  return ctx.db.transaction(async (tx) => {
    const conversation = await findEscalatedConversation(tx, conversationId);
    await appendAudit(tx, {
      actor: auditActor(ctx.actor),
      action: "conversation.read",
      target: { type: "conversation", id: conversation.id },
      conversationId: conversation.id,
      requestId: ctx.requestId,
      detail: { live: true },
      at: ctx.now,
    });
    return conversation.id;
  });
}
