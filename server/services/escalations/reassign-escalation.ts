import { and, eq, isNull } from "drizzle-orm";
import { staff } from "../../db/schema/index.ts";
import { isUuid } from "../../lib/tokens.ts";
import { ServiceError } from "../errors.ts";
import { hasRole, type StaffContext } from "../staff/principal.ts";
import { insertClaimNotice } from "./claim-notice.ts";
import type { QueueItem } from "./queue-item.ts";
import { conflict, transition } from "./transition.ts";

/** A supervisor hands an unresolved escalation to a named, active member of the care team. */
export async function reassignEscalation(
  ctx: StaffContext,
  escalationId: string,
  staffId: string,
  revision?: number,
): Promise<QueueItem> {
  if (!hasRole(ctx.actor, "supervisor")) {
    throw new ServiceError("forbidden", "Only a supervisor or admin can reassign");
  }
  const [target] = isUuid(staffId)
    ? await ctx.db
        .select({ id: staff.id, displayName: staff.displayName })
        .from(staff)
        .where(and(eq(staff.id, staffId), isNull(staff.disabledAt)))
    : [];
  if (!target) throw new ServiceError("invalid", "staffId: no active staff member has this id");
  let wasOpen = false;
  let noticeId: string | undefined;
  const item = await transition(
    ctx,
    escalationId,
    {
      plan(row) {
        wasOpen = row.status === "open";
        if (row.status === "resolved")
          throw conflict("This escalation is resolved; reopen it first");
        if (row.claimedBy === target.id) throw conflict("It is already assigned to that person");
        return {
          set: { status: "claimed", claimedBy: target.id, claimedAt: ctx.now },
          event: { kind: "reassigned", data: { from: row.claimedBy, to: target.id } },
          audit: {
            action: "escalation.reassign",
            detail: { previousClaimer: row.claimedBy, newClaimer: target.id },
          },
        };
      },
      async also(tx, row) {
        // The patient hears that a person has their conversation when it first gets one.
        if (!wasOpen) return undefined;
        noticeId = await insertClaimNotice(tx, {
          conversationId: row.conversationId,
          person: target,
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
