import { and, eq, inArray, or } from "drizzle-orm";
import { type EscalationStatus, escalations } from "../../db/schema/index.ts";
import { hasRole, type StaffContext } from "../staff/principal.ts";
import { loadQueueItems, type QueueItem } from "./queue-item.ts";

/**
 * The queue. Without a status: everything unresolved. Clinicians see open escalations and the ones
 * they claimed (now or before they were resolved); supervisors and admins see everyone's.
 */
export async function listQueue(
  ctx: StaffContext,
  input: { status?: EscalationStatus },
): Promise<QueueItem[]> {
  const statuses: EscalationStatus[] = input.status ? [input.status] : ["open", "claimed"];
  const byStatus = inArray(escalations.status, statuses);
  const visible = hasRole(ctx.actor, "supervisor")
    ? byStatus
    : and(byStatus, or(eq(escalations.status, "open"), eq(escalations.claimedBy, ctx.actor.id)));
  return loadQueueItems(ctx.db, visible, ctx.now);
}
