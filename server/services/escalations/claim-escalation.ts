import type { EscalationRow } from "../../db/schema/index.ts";
import type { StaffContext } from "../staff/principal.ts";
import { insertClaimNotice } from "./claim-notice.ts";
import type { QueueItem } from "./queue-item.ts";
import { conflict, transition } from "./transition.ts";

function assertClaimable(row: EscalationRow, actorId: string): void {
  if (row.status === "resolved") throw conflict("This escalation is resolved; reopen it first");
  if (row.status === "claimed") {
    throw conflict(
      row.claimedBy === actorId
        ? "You have already claimed this escalation"
        : "Someone else has already claimed this escalation",
    );
  }
}

/** Takes an open escalation; the patient is told, in the transcript and live, that a person has it. */
export async function claimEscalation(
  ctx: StaffContext,
  escalationId: string,
  revision?: number,
): Promise<QueueItem> {
  let noticeId: string | undefined;
  const item = await transition(
    ctx,
    escalationId,
    {
      plan(row) {
        assertClaimable(row, ctx.actor.id);
        return {
          set: { status: "claimed", claimedBy: ctx.actor.id, claimedAt: ctx.now },
          event: { kind: "claimed" },
          audit: { action: "escalation.claim" },
        };
      },
      async also(tx, row) {
        noticeId = await insertClaimNotice(tx, {
          conversationId: row.conversationId,
          person: ctx.actor,
          now: ctx.now,
        });
        return { noticeId };
      },
    },
    revision,
  );
  if (noticeId) {
    const messageIds = [noticeId];
    await ctx.events.publish({ type: "messages", conversationId: item.conversationId, messageIds });
  }
  return item;
}
