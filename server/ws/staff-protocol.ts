import { z } from "zod";
import type { MessageView } from "../services/conversations/views.ts";
import type { QueueItem } from "../services/escalations/queue-item.ts";

// Frames on the care-team console socket (/api/staff/socket). Importable by web/console.

export const StaffClientFrame = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("watch"), conversationId: z.string().max(64) }),
  z.strictObject({ type: z.literal("unwatch"), conversationId: z.string().max(64) }),
]);
export type StaffClientFrame = z.infer<typeof StaffClientFrame>;

export type StaffFrame =
  | { type: "ready"; staff: { id: string; displayName: string; role: string } }
  | { type: "escalation.created" | "escalation.updated"; escalation: QueueItem }
  | { type: "message.created"; conversationId: string; message: MessageView }
  | { type: "watching"; conversationId: string }
  | { type: "error"; error: { code: string; message: string; requestId: string } };
