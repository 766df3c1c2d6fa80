import { and, desc, eq, lt } from "drizzle-orm";
import type { ConversationTurn } from "../../../safety/types.ts";
import type { Database } from "../../db/client.ts";
import { type MessageRow, messages } from "../../db/schema/index.ts";

/** How much of a conversation the checks and the model see besides the new message. */
export const HISTORY_WINDOW = { maxTurns: 12, maxAgeMs: 12 * 60 * 60 * 1000 } as const;

export async function loadHistory(
  db: Database,
  message: MessageRow,
  now: Date,
): Promise<ConversationTurn[]> {
  const rows = await db
    .select({ role: messages.role, text: messages.text, createdAt: messages.createdAt })
    .from(messages)
    .where(and(eq(messages.conversationId, message.conversationId), lt(messages.seq, message.seq)))
    .orderBy(desc(messages.seq))
    .limit(HISTORY_WINDOW.maxTurns);
  const oldest = now.getTime() - HISTORY_WINDOW.maxAgeMs;
  return rows
    .filter((r) => r.createdAt.getTime() >= oldest)
    .reverse()
    .map((r) => ({ role: r.role, text: r.text, at: r.createdAt }));
}
