import { eq } from "drizzle-orm";
import type { Transaction } from "../../db/client.ts";
import { conversations, messages } from "../../db/schema/index.ts";

export function claimNoticeText(displayName: string): string {
  return (
    `${displayName} from your care team has picked up your conversation and will reply here. ` +
    "If things get worse before then, don't wait: call your local emergency number."
  );
}

/** The staff-role notice in the patient's transcript that a person now has their conversation. */
export async function insertClaimNotice(
  tx: Transaction,
  input: { conversationId: string; person: { id: string; displayName: string }; now: Date },
): Promise<string> {
  const [notice] = await tx
    .insert(messages)
    .values({
      conversationId: input.conversationId,
      role: "staff",
      text: claimNoticeText(input.person.displayName),
      meta: {
        notice: "claimed",
        authorName: input.person.displayName,
        authorStaffId: input.person.id,
      },
    })
    .returning({ id: messages.id });
  if (!notice) throw new Error("notice insert returned no row");
  await tx
    .update(conversations)
    .set({ updatedAt: input.now })
    .where(eq(conversations.id, input.conversationId));
  return notice.id;
}
