import type { EscalationPriority } from "../../../safety/escalation/rules.ts";
import { slaDueAt } from "../../config/sla.ts";
import { ServiceError } from "../errors.ts";
import type { StaffContext } from "../staff/principal.ts";
import type { QueueItem } from "./queue-item.ts";
import { conflict, transition } from "./transition.ts";

const UNIQUE_VIOLATION = "23505";

function isUniqueViolation(error: unknown): boolean {
  for (
    let e = error as { code?: string; cause?: unknown } | undefined;
    e;
    e = e.cause as typeof e
  ) {
    if (e.code === UNIQUE_VIOLATION) return true;
  }
  return false;
}

/** Puts a resolved escalation back in the open queue with a fresh SLA from now. */
export async function reopenEscalation(
  ctx: StaffContext,
  escalationId: string,
  revision?: number,
): Promise<QueueItem> {
  try {
    return await transition(
      ctx,
      escalationId,
      {
        plan(row) {
          if (row.status !== "resolved")
            throw conflict("Only a resolved escalation can be reopened");
          const due = slaDueAt(row.priority as EscalationPriority, ctx.now, ctx.sla);
          return {
            set: {
              status: "open",
              claimedBy: null,
              claimedAt: null,
              resolvedAt: null,
              outcome: null,
              slaDueAt: due,
            },
            event: { kind: "reopened", data: { previousOutcome: row.outcome } },
            audit: { action: "escalation.reopen", detail: { previousOutcome: row.outcome } },
          };
        },
      },
      revision,
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new ServiceError(
      "conflict",
      "This conversation already has an unresolved escalation; work that one instead",
    );
  }
}
