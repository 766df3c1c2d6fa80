import { randomUUID } from "node:crypto";
import { upgradeWebSocket } from "@hono/node-server";
import type { Context } from "hono";
import type { WSContext } from "hono/ws";
import type { WebSocket } from "ws";
import type { Database } from "../db/client.ts";
import type { ConversationRow } from "../db/schema/index.ts";
import { codeForServiceError } from "../http/handle-error.ts";
import { ClientMessageId, describeIssues, MessageText } from "../http/validation.ts";
import { withRequestId } from "../logger.ts";
import { type ChatDeps, sendPatientMessage } from "../services/chat/send-message.ts";
import { authorizeConversation } from "../services/conversations/authorize-conversation.ts";
import { ServiceError } from "../services/errors.ts";
import type { PatientConnections } from "./patient-connections.ts";
import { BEARER_SUBPROTOCOL_PREFIX, ClientFrame, type ServerFrame } from "./protocol.ts";

const AUTH_TIMEOUT_MS = 10_000;
const HEARTBEAT_MS = 30_000;

export interface ChatSocketDeps {
  db: Database;
  chat: ChatDeps;
  connections: PatientConnections;
}

function tokenFromSubprotocols(header: string | undefined): string | undefined {
  for (const part of (header ?? "").split(",")) {
    const value = part.trim();
    if (value.startsWith(BEARER_SUBPROTOCOL_PREFIX))
      return value.slice(BEARER_SUBPROTOCOL_PREFIX.length);
  }
  return undefined;
}

/** Pre-upgrade: a token offered as a subprotocol is checked before the socket opens. */
export async function authorizeUpgrade(
  deps: ChatSocketDeps,
  c: Context,
): Promise<ConversationRow | undefined> {
  const token = tokenFromSubprotocols(c.req.header("sec-websocket-protocol"));
  if (token === undefined) return undefined;
  return authorizeConversation(deps.db, c.req.param("id") ?? "", token);
}

export function chatSocket(
  deps: ChatSocketDeps,
  preAuthorized: (c: Context) => ConversationRow | undefined,
) {
  return upgradeWebSocket((c) => {
    const conversationId = c.req.param("id") ?? "";
    const connectionId = (c.get("requestId") as string | undefined) ?? randomUUID();
    let conversation = preAuthorized(c);
    let detach: (() => void) | undefined;
    let authTimer: NodeJS.Timeout | undefined;
    let heartbeat: NodeJS.Timeout | undefined;
    let alive = true;

    const send = (ws: WSContext, frame: ServerFrame) => {
      if (ws.readyState === 1) ws.send(JSON.stringify(frame));
    };
    const sendError = (
      ws: WSContext,
      requestId: string,
      code: string,
      message: string,
      clientMessageId?: string,
    ) =>
      send(ws, {
        type: "error",
        ...(clientMessageId ? { clientMessageId } : {}),
        error: { code, message, requestId },
      });

    const ready = (ws: WSContext, row: ConversationRow) => {
      conversation = row;
      clearTimeout(authTimer);
      detach = deps.connections.add(row.id, (frame) => send(ws, frame));
      send(ws, { type: "ready", conversationId: row.id });
    };

    return {
      onOpen(_event, ws) {
        const raw = ws.raw as WebSocket | undefined;
        raw?.on("pong", () => {
          alive = true;
        });
        heartbeat = setInterval(() => {
          if (!alive) return raw?.terminate();
          alive = false;
          raw?.ping();
        }, HEARTBEAT_MS);
        if (conversation) return ready(ws, conversation);
        authTimer = setTimeout(() => ws.close(4401, "authentication timeout"), AUTH_TIMEOUT_MS);
      },
      async onMessage(event, ws) {
        const requestId = `${connectionId}.${randomUUID().slice(0, 8)}`;
        await withRequestId(requestId, async () => {
          if (typeof event.data !== "string") {
            return sendError(ws, requestId, "BAD_REQUEST", "Frames must be JSON text");
          }
          let json: unknown;
          try {
            json = JSON.parse(event.data);
          } catch {
            return sendError(ws, requestId, "BAD_REQUEST", "Frame is not valid JSON");
          }
          const frame = ClientFrame.safeParse(json);
          if (!frame.success)
            return sendError(ws, requestId, "BAD_REQUEST", describeIssues(frame.error));
          if (frame.data.type === "auth") {
            if (conversation)
              return sendError(ws, requestId, "BAD_REQUEST", "Already authenticated");
            try {
              return ready(
                ws,
                await authorizeConversation(deps.db, conversationId, frame.data.token),
              );
            } catch {
              sendError(ws, requestId, "NOT_FOUND", "Conversation not found");
              return ws.close(4404, "not found");
            }
          }
          if (!conversation) {
            return sendError(ws, requestId, "UNAUTHORIZED", "Send an auth frame first");
          }
          const clientMessageId = ClientMessageId.safeParse(frame.data.clientMessageId);
          const text = MessageText.safeParse(frame.data.text);
          if (!clientMessageId.success) {
            return sendError(
              ws,
              requestId,
              "BAD_REQUEST",
              `clientMessageId: ${describeIssues(clientMessageId.error)}`,
            );
          }
          const id = clientMessageId.data;
          if (!text.success)
            return sendError(
              ws,
              requestId,
              "BAD_REQUEST",
              `text: ${describeIssues(text.error)}`,
              id,
            );
          try {
            const { reply } = await sendPatientMessage(
              deps.chat,
              { conversation, text: text.data, clientMessageId: id },
              {
                accepted: (message) =>
                  send(ws, { type: "message.accepted", clientMessageId: id, message }),
                delta: (t) => send(ws, { type: "reply.delta", clientMessageId: id, text: t }),
                retract: (reason) =>
                  send(ws, { type: "reply.retract", clientMessageId: id, reason }),
              },
            );
            send(ws, { type: "reply.done", clientMessageId: id, reply });
          } catch (error) {
            if (error instanceof ServiceError) {
              return sendError(ws, requestId, codeForServiceError(error), error.message, id);
            }
            deps.chat.logger.error({ err: error }, "socket reply failed");
            sendError(
              ws,
              requestId,
              "INTERNAL_SERVER_ERROR",
              "Something went wrong on our side. Please try again.",
              id,
            );
          }
        });
      },
      onClose() {
        clearTimeout(authTimer);
        clearInterval(heartbeat);
        detach?.();
      },
    };
  });
}
