import { ServiceError } from "../errors.ts";
import { hasRole, type StaffContext } from "../staff/principal.ts";
import type { QueueItem } from "./queue-item.ts";
import { conflict, transition } from "./transition.ts";

/** Puts a claimed escalation back in the open queue: its claimer, or a supervisor, may. */
export function releaseEscalation(
  ctx: StaffContext,
  escalationId: string,
  revision?: number,
): Promise<QueueItem> {
  return transition(
    ctx,
    escalationId,
    {
      plan(row) {
        if (row.status !== "claimed") throw conflict("Only a claimed escalation can be released");
        if (row.claimedBy !== ctx.actor.id && !hasRole(ctx.actor, "supervisor")) {
          throw new ServiceError(
            "forbidden",
            "Only the person who claimed it or a supervisor can release it",
          );
        }
        return {
          set: { status: "open", claimedBy: null, claimedAt: null },
          event: { kind: "released", data: { previousClaimer: row.claimedBy } },
          audit: { action: "escalation.release", detail: { previousClaimer: row.claimedBy } },
        };
      },
    },
    revision,
  );
}
