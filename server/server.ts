import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { WebSocketServer } from "ws";
import { createApp } from "./app.ts";
import { createDeps, type Deps, type DepsOverrides } from "./deps.ts";
import type { Env } from "./env.ts";
import type { Logger } from "./logger.ts";
import { buildWebAssets } from "./web/assets.ts";
import { PATIENT_SUBPROTOCOL } from "./ws/protocol.ts";

const MAX_FRAME_BYTES = 64 * 1024;

export interface RunningServer {
  url: string;
  port: number;
  deps: Deps;
  /** Stops accepting, lets in-flight replies finish, closes sockets and the database. */
  shutdown(reason?: string): Promise<void>;
  /** Closes every open WebSocket (clients reconnect); used before maintenance and by tests. */
  closeSockets(code: number, reason: string): void;
}

export async function startServer(
  env: Env,
  logger: Logger,
  overrides: DepsOverrides = {},
): Promise<RunningServer> {
  const deps = await createDeps(env, logger, overrides);
  try {
    const assets = await buildWebAssets(["chat", "console"]);
    const app = createApp({
      logger,
      database: deps.database,
      chat: deps.chat,
      contacts: deps.contacts,
      connections: deps.connections,
      assets,
      defaultLocale: env.CARELINE_DEFAULT_LOCALE,
      careTeamContact: env.CARELINE_CARE_TEAM_CONTACT,
      modelMode: deps.modelMode,
      staff: deps.staff,
      newConversationsPerMinute: env.CARELINE_NEW_CONVERSATIONS_PER_MINUTE,
      trustProxy: env.CARELINE_TRUST_PROXY,
    });
    // Only ever select our own protocol: the bearer subprotocol must never be echoed back.
    const wss = new WebSocketServer({
      noServer: true,
      maxPayload: MAX_FRAME_BYTES,
      handleProtocols: (protocols) =>
        protocols.has(PATIENT_SUBPROTOCOL) ? PATIENT_SUBPROTOCOL : false,
    });
    const server = await new Promise<Server>((resolve, reject) => {
      const s = serve(
        { fetch: app.fetch, port: env.PORT, hostname: env.HOST, websocket: { server: wss } },
        () => resolve(s as Server),
      );
      s.once("error", reject);
    });
    const port = (server.address() as AddressInfo).port;
    const host = env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST;
    let stopping: Promise<void> | undefined;
    const shutdown = (reason = "shutdown") => {
      stopping ??= (async () => {
        logger.info({ reason, inFlight: deps.chat.inFlight.size }, "shutting down");
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        // Connections finishing a response become idle later: keep closing idle ones until done.
        const sweep = setInterval(() => server.closeIdleConnections(), 100);
        server.closeIdleConnections();
        const drained = await deps.chat.inFlight.drain(env.CARELINE_SHUTDOWN_TIMEOUT_MS);
        if (!drained) logger.warn("in-flight replies did not finish before the shutdown timeout");
        for (const client of wss.clients) client.close(1001, "server shutting down");
        const force = setTimeout(() => server.closeAllConnections(), drained ? 2_000 : 0);
        await closed;
        clearInterval(sweep);
        clearTimeout(force);
        await deps.database.close();
        logger.info("stopped");
      })();
      return stopping;
    };
    const closeSockets = (code: number, why: string) => {
      for (const client of wss.clients) client.close(code, why);
    };
    return { url: `http://${host}:${port}`, port, deps, shutdown, closeSockets };
  } catch (error) {
    await deps.database.close();
    throw error;
  }
}
