import { ServiceError } from "../errors.ts";
import { hasRole, type StaffContext } from "../staff/principal.ts";
import { insertNote } from "./note-event.ts";
import type { ResolutionOutcome } from "./outcomes.ts";
import type { QueueItem } from "./queue-item.ts";
import { conflict, transition } from "./transition.ts";

/** Closes a claimed escalation with an outcome from the fixed list, and optionally a note. */
export function resolveEscalation(
  ctx: StaffContext,
  escalationId: string,
  input: { outcome: ResolutionOutcome; note?: string; revision?: number },
): Promise<QueueItem> {
  return transition(
    ctx,
    escalationId,
    {
      plan(row) {
        if (row.status === "resolved") throw conflict("This escalation is already resolved");
        if (row.status === "open") throw conflict("Claim this escalation before resolving it");
        if (row.claimedBy !== ctx.actor.id && !hasRole(ctx.actor, "supervisor")) {
          throw new ServiceError(
            "forbidden",
            "Only the person who claimed it or a supervisor can resolve it",
          );
        }
        return {
          set: { status: "resolved", resolvedAt: ctx.now, outcome: input.outcome },
          event: { kind: "resolved", data: { outcome: input.outcome } },
          audit: { action: "escalation.resolve", detail: { outcome: input.outcome } },
        };
      },
      async also(tx, row) {
        if (!input.note) return undefined;
        const noteId = await insertNote(tx, {
          escalationId: row.id,
          authorId: ctx.actor.id,
          text: input.note,
        });
        return { noteId, noteChars: input.note.length };
      },
    },
    input.revision,
  );
}
