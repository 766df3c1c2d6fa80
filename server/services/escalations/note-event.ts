import { sql } from "drizzle-orm";
import type { Transaction } from "../../db/client.ts";
import { escalationEvents } from "../../db/schema/index.ts";

/** An internal note: an escalation event only the care team ever sees. Returns its id. */
export async function insertNote(
  tx: Transaction,
  input: { escalationId: string; authorId: string; text: string },
): Promise<string> {
  const [note] = await tx
    .insert(escalationEvents)
    .values({
      escalationId: input.escalationId,
      kind: "note",
      actorStaffId: input.authorId,
      data: { text: input.text },
      // now() is the transaction's start: clock_timestamp() keeps events of one transaction in order.
      createdAt: sql`clock_timestamp()`,
    })
    .returning({ id: escalationEvents.id });
  if (!note) throw new Error("note insert returned no row");
  return note.id;
}
