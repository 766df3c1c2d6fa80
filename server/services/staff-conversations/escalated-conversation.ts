import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { type ConversationRow, conversations, escalations } from "../../db/schema/index.ts";
import { isUuid } from "../../lib/tokens.ts";
import { notFound } from "../errors.ts";

/**
 * The care team may only open conversations that were escalated at some point (minimum
 * necessary): any other id, existing or not, is the same 404.
 */
export async function findEscalatedConversation(
  db: Executor,
  conversationId: string,
): Promise<ConversationRow> {
  if (!isUuid(conversationId)) throw notFound("Conversation not found");
  const [row] = await db
    .select({ conversation: conversations })
    .from(conversations)
    .innerJoin(escalations, eq(escalations.conversationId, conversations.id))
    .where(eq(conversations.id, conversationId))
    .limit(1);
  if (!row) throw notFound("Conversation not found");
  return row.conversation;
}
