import { eq } from "drizzle-orm";
import { conversations, messages } from "../../db/schema/index.ts";
import { appendAudit } from "../audit/append-audit.ts";
import { type MessageView, toMessageView } from "../conversations/views.ts";
import { auditActor, type StaffContext } from "../staff/principal.ts";
import { findEscalatedConversation } from "./escalated-conversation.ts";

/**
 * A message from the care team to the patient: stored in the transcript as role `staff` with the
 * author's name (never presented as the AI), then pushed live to the patient's open sockets on
 * every instance.
 */
export async function sendStaffMessage(
  ctx: StaffContext,
  conversationId: string,
  text: string,
): Promise<MessageView> {
  const row = await ctx.db.transaction(async (tx) => {
    const conversation = await findEscalatedConversation(tx, conversationId);
    const [message] = await tx
      .insert(messages)
      .values({
        conversationId: conversation.id,
        role: "staff",
        text,
        meta: { authorName: ctx.actor.displayName, authorStaffId: ctx.actor.id },
      })
      .returning();
    if (!message) throw new Error("message insert returned no row");
    await tx
      .update(conversations)
      .set({ updatedAt: ctx.now })
      .where(eq(conversations.id, conversation.id));
    await appendAudit(tx, {
      actor: auditActor(ctx.actor),
      action: "conversation.message",
      target: { type: "message", id: message.id },
      conversationId: conversation.id,
      requestId: ctx.requestId,
      detail: { chars: text.length },
      at: ctx.now,
    });
    return message;
  });
  await ctx.events.publish({
    type: "messages",
    conversationId: row.conversationId,
    messageIds: [row.id],
  });
  return toMessageView(row);
}
