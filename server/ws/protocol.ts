import { z } from "zod";

// Frames on the patient chat socket. Importable by web/ so both ends agree on one schema.

export const PATIENT_SUBPROTOCOL = "careline.v1";
/** Browsers can't set headers on a WebSocket, so the token rides in a second subprotocol. */
export const BEARER_SUBPROTOCOL_PREFIX = "bearer.";

export const ClientFrame = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("auth"),
    token: z.string().min(16).max(256),
  }),
  z.strictObject({
    type: z.literal("user.message"),
    text: z.string(),
    clientMessageId: z.string(),
  }),
]);
export type ClientFrame = z.infer<typeof ClientFrame>;

export type ServerFrame =
  | { type: "ready"; conversationId: string }
  | { type: "message.accepted"; clientMessageId: string; message: unknown }
  | { type: "reply.delta"; clientMessageId: string; text: string }
  | { type: "reply.retract"; clientMessageId: string; reason: string }
  | { type: "reply.done"; clientMessageId: string; reply: unknown }
  | { type: "staff.message"; message: unknown }
  | { type: "conversation.update"; status: string; text: string }
  | {
      type: "error";
      clientMessageId?: string;
      error: { code: string; message: string; requestId: string };
    };
