import type { EventPublisher } from "../../events/event-bus.ts";
import type { EscalationChange } from "../escalations/open-escalation.ts";

export interface StoredTurn {
  conversationId: string;
  messageIds: string[];
  escalation: { id: string; change: EscalationChange } | null;
}

/** Tells every instance about a stored turn; called only after its transaction committed. */
export async function announceTurn(events: EventPublisher, turn: StoredTurn): Promise<void> {
  if (turn.escalation) {
    await events.publish({
      type: "escalation",
      escalationId: turn.escalation.id,
      change: turn.escalation.change === "opened" ? "created" : "updated",
    });
  }
  await events.publish({
    type: "messages",
    conversationId: turn.conversationId,
    messageIds: turn.messageIds,
  });
}
