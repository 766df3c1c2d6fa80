import { and, eq, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { conversations, type MessageRow, messages } from "../../db/schema/index.ts";

/** Stores the patient message first, so nothing later can lose it; a retry finds the original. */
export async function insertPatientMessage(
  db: Database,
  input: { conversationId: string; text: string; clientMessageId: string | undefined },
): Promise<{ row: MessageRow; existed: boolean }> {
  const [inserted] = await db
    .insert(messages)
    .values({
      conversationId: input.conversationId,
      role: "patient",
      text: input.text,
      clientMessageId: input.clientMessageId ?? null,
    })
    .onConflictDoNothing({
      target: [messages.conversationId, messages.clientMessageId],
      where: sql`${messages.role} = 'patient' and ${messages.clientMessageId} is not null`,
    })
    .returning();
  if (inserted) {
    await db
      .update(conversations)
      .set({ updatedAt: new Date() })
      .where(eq(conversations.id, input.conversationId));
    return { row: inserted, existed: false };
  }
  const [existing] = await db
    .select()
    .from(messages)
    .where(
      and(
        eq(messages.conversationId, input.conversationId),
        eq(messages.role, "patient"),
        eq(messages.clientMessageId, input.clientMessageId ?? ""),
      ),
    );
  if (!existing) throw new Error("conflicting patient message vanished");
  return { row: existing, existed: true };
}

export async function findReplyTo(
  db: Database,
  patientMessageId: string,
): Promise<MessageRow | undefined> {
  const [row] = await db.select().from(messages).where(eq(messages.replyToId, patientMessageId));
  return row;
}
