import { eq } from "drizzle-orm";
import { escalations } from "../../db/schema/index.ts";
import { isUuid } from "../../lib/tokens.ts";
import { appendAudit } from "../audit/append-audit.ts";
import { auditActor, type StaffContext } from "../staff/principal.ts";
import { insertNote } from "./note-event.ts";
import { loadQueueItem, type QueueItem } from "./queue-item.ts";
import { escalationNotFound } from "./transition.ts";

/** An internal note on any escalation, resolved ones included; never shown to the patient. */
export async function addNote(
  ctx: StaffContext,
  escalationId: string,
  text: string,
): Promise<QueueItem> {
  if (!isUuid(escalationId)) throw escalationNotFound();
  const item = await ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(escalations).where(eq(escalations.id, escalationId));
    if (!row) throw escalationNotFound();
    const noteId = await insertNote(tx, { escalationId: row.id, authorId: ctx.actor.id, text });
    await appendAudit(tx, {
      actor: auditActor(ctx.actor),
      action: "escalation.note",
      target: { type: "escalation", id: row.id },
      conversationId: row.conversationId,
      requestId: ctx.requestId,
      detail: { noteId, noteChars: text.length },
      at: ctx.now,
    });
    const view = await loadQueueItem(tx, row.id, ctx.now);
    if (!view) throw escalationNotFound();
    return view;
  });
  await ctx.events.publish({ type: "escalation", escalationId: item.id, change: "updated" });
  return item;
}
