import { inArray } from "drizzle-orm";
import type { Database } from "../db/client.ts";
import { type MessageRow, messages } from "../db/schema/index.ts";
import type { Logger } from "../logger.ts";
import { toMessageView } from "../services/conversations/views.ts";
import { loadQueueItem } from "../services/escalations/queue-item.ts";
import type { PatientConnections } from "../ws/patient-connections.ts";
import type { ServerFrame } from "../ws/protocol.ts";
import type { StaffConnections } from "../ws/staff-connections.ts";
import type { CarelineEvent, EventBus } from "./event-bus.ts";

export interface LiveRelayDeps {
  bus: EventBus;
  db: Database;
  patients: PatientConnections;
  staff: StaffConnections;
  now: () => Date;
  logger: Logger;
}

function patientFrame(row: MessageRow): ServerFrame {
  if (row.meta.notice === "claimed") {
    return { type: "conversation.update", status: "claimed", text: row.text };
  }
  return { type: "staff.message", message: toMessageView(row) };
}

/** Turns events from any instance into frames on this instance's open sockets. */
export function startLiveRelay(deps: LiveRelayDeps): () => void {
  const onMessages = async (event: Extract<CarelineEvent, { type: "messages" }>) => {
    const watchers = deps.staff.watchers(event.conversationId);
    const patientListening = deps.patients.has(event.conversationId);
    if (watchers.length === 0 && !patientListening) return;
    const rows = await deps.db
      .select()
      .from(messages)
      .where(inArray(messages.id, event.messageIds));
    for (const row of rows.sort((a, b) => a.seq - b.seq)) {
      if (row.conversationId !== event.conversationId) continue;
      if (row.role === "staff") deps.patients.broadcast(row.conversationId, patientFrame(row));
      const frame = {
        type: "message.created" as const,
        conversationId: row.conversationId,
        message: toMessageView(row),
      };
      for (const watcher of watchers) watcher.send(frame);
    }
  };
  return deps.bus.subscribe(async (event) => {
    if (event.type === "sessions.ended") return deps.staff.endSessions(event);
    if (event.type === "messages") return onMessages(event);
    if (deps.staff.size === 0) return;
    const escalation = await loadQueueItem(deps.db, event.escalationId, deps.now());
    if (escalation) deps.staff.broadcast({ type: `escalation.${event.change}`, escalation });
  });
}
