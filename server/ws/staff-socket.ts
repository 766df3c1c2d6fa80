import { randomUUID } from "node:crypto";
import { upgradeWebSocket } from "@hono/node-server";
import type { Context } from "hono";
import type { WSContext } from "hono/ws";
import type { WebSocket } from "ws";
import { codeForServiceError } from "../http/handle-error.ts";
import { staffContext } from "../http/staff/guard.ts";
import type { StaffEnv, StaffHttpDeps } from "../http/staff/types.ts";
import { describeIssues } from "../http/validation.ts";
import { ServiceError } from "../services/errors.ts";
import { authenticateSession } from "../services/staff/authenticate-session.ts";
import { watchConversation } from "../services/staff-conversations/watch-conversation.ts";
import type { StaffConnection } from "./staff-connections.ts";
import { StaffClientFrame, type StaffFrame } from "./staff-protocol.ts";

// How often an open console re-checks its session (idle timeout, logout elsewhere, disabled).
const SESSION_CHECK_MS = 30_000;
const MAX_WATCHED = 50;

/** The console socket; the route has already checked the Origin and the session cookie. */
export function staffSocket(deps: StaffHttpDeps) {
  return upgradeWebSocket((c: Context<StaffEnv>) => {
    const actor = c.get("staff");
    const token = c.get("sessionToken");
    const connectionId = c.get("requestId") ?? randomUUID();
    let detach: (() => void) | undefined;
    let checker: NodeJS.Timeout | undefined;
    const watching = new Set<string>();

    const send = (ws: WSContext, frame: StaffFrame) => {
      if (ws.readyState === 1) ws.send(JSON.stringify(frame));
    };
    const fail = (ws: WSContext, requestId: string, code: string, message: string) =>
      send(ws, { type: "error", error: { code, message, requestId } });

    return {
      onOpen(_event, ws) {
        const connection: StaffConnection = {
          staffId: actor.id,
          sessionId: actor.sessionId,
          role: actor.role,
          watching,
          send: (frame) => send(ws, frame),
          close: (code, reason) => ws.close(code, reason),
        };
        detach = deps.connections.add(connection);
        // Each tick re-checks the session and pings: a socket that missed the last pong is dead.
        const raw = ws.raw as WebSocket | undefined;
        let alive = true;
        raw?.on("pong", () => {
          alive = true;
        });
        checker = setInterval(() => {
          if (!alive) return raw?.terminate();
          alive = false;
          raw?.ping();
          authenticateSession(deps.db, token, deps.now(), deps.sessions, { touch: false }).catch(
            () => ws.close(4401, "session ended"),
          );
        }, SESSION_CHECK_MS);
        const { id, displayName, role } = actor;
        send(ws, { type: "ready", staff: { id, displayName, role } });
      },
      async onMessage(event, ws) {
        const requestId = `${connectionId}.${randomUUID().slice(0, 8)}`;
        let frame: StaffClientFrame;
        try {
          const parsed = StaffClientFrame.safeParse(JSON.parse(String(event.data)));
          if (!parsed.success)
            return fail(ws, requestId, "BAD_REQUEST", describeIssues(parsed.error));
          frame = parsed.data;
        } catch {
          return fail(ws, requestId, "BAD_REQUEST", "Frame is not valid JSON");
        }
        if (frame.type === "unwatch") return void watching.delete(frame.conversationId);
        if (watching.size >= MAX_WATCHED) {
          return fail(ws, requestId, "BAD_REQUEST", `Watch at most ${MAX_WATCHED} conversations`);
        }
        try {
          const ctx = { ...staffContext(c, deps), requestId };
          watching.add(await watchConversation(ctx, frame.conversationId));
          send(ws, { type: "watching", conversationId: frame.conversationId });
        } catch (error) {
          if (!(error instanceof ServiceError)) deps.logger.error({ err: error }, "watch failed");
          const code =
            error instanceof ServiceError ? codeForServiceError(error) : "INTERNAL_SERVER_ERROR";
          fail(
            ws,
            requestId,
            code,
            error instanceof ServiceError ? error.message : "Could not watch",
          );
        }
      },
      onClose() {
        clearInterval(checker);
        detach?.();
      },
    };
  });
}
