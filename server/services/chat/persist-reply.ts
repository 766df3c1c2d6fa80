import type { Database } from "../../db/client.ts";
import { type MessageRow, messages } from "../../db/schema/index.ts";
import type { Assessment, Draft, Turn } from "./pipeline.ts";
import { findReplyTo } from "./store.ts";

export async function persistReply(
  db: Database,
  input: { turn: Turn; assessment: Assessment; draft: Draft },
): Promise<MessageRow> {
  const { turn, assessment, draft } = input;
  const flags = [...new Set([...assessment.flags, ...draft.flags])];
  const [row] = await db
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
      meta: draft.meta,
    })
    .onConflictDoNothing()
    .returning();
  if (row) return row;
  // Another instance answered the same message first; its reply stands.
  const winner = await findReplyTo(db, turn.message.id);
  if (!winner) throw new Error("reply conflict without a stored reply");
  return winner;
}
