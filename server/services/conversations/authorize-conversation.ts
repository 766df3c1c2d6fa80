import { eq } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { type ConversationRow, conversations } from "../../db/schema/index.ts";
import { isUuid, tokenMatches } from "../../lib/tokens.ts";
import { notFound } from "../errors.ts";

// An unknown id and a wrong token look the same to the caller: existence is never revealed.
export async function authorizeConversation(
  db: Database,
  conversationId: string,
  token: string | undefined,
): Promise<ConversationRow> {
  if (!token || !isUuid(conversationId)) throw notFound("Conversation not found");
  const [row] = await db.select().from(conversations).where(eq(conversations.id, conversationId));
  if (!row || !tokenMatches(token, row.tokenHash)) throw notFound("Conversation not found");
  return row;
}
