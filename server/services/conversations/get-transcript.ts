import { asc, eq } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { type ConversationRow, messages } from "../../db/schema/index.ts";
import {
  type ConversationView,
  type MessageView,
  toConversationView,
  toMessageView,
} from "./views.ts";

export interface TranscriptView {
  conversation: ConversationView;
  messages: MessageView[];
}

export async function getTranscript(
  db: Database,
  conversation: ConversationRow,
): Promise<TranscriptView> {
  const rows = await db
    .select()
    .from(messages)
    .where(eq(messages.conversationId, conversation.id))
    .orderBy(asc(messages.seq));
  return { conversation: toConversationView(conversation), messages: rows.map(toMessageView) };
}
