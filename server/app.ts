import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { ContactsDirectory } from "./config/contacts.ts";
import type { DatabaseHandle } from "./db/client.ts";
import { ApiError, errorBody } from "./http/errors.ts";
import { toErrorResponse } from "./http/handle-error.ts";
import { limitNewConversations } from "./http/middleware/limit-new-conversations.ts";
import { conversationRoutes } from "./http/routes/conversations.ts";
import { guidanceRoutes } from "./http/routes/guidance.ts";
import { healthRoutes } from "./http/routes/health.ts";
import { infoRoutes } from "./http/routes/info.ts";
import { socketRoutes } from "./http/routes/socket.ts";
import { staffRoutes } from "./http/routes/staff/index.ts";
import { webRoutes } from "./http/routes/web.ts";
import type { StaffHttpDeps } from "./http/staff/types.ts";
import type { AppEnv } from "./http/types.ts";
import { MAX_BODY_BYTES } from "./http/validation.ts";
import { type Logger, withRequestId } from "./logger.ts";
import type { ChatDeps } from "./services/chat/send-message.ts";
import type { Asset } from "./web/assets.ts";
import type { PatientConnections } from "./ws/patient-connections.ts";

export interface AppDeps {
  logger: Logger;
  database: DatabaseHandle;
  chat: ChatDeps;
  contacts: ContactsDirectory;
  connections: PatientConnections;
  assets: Map<string, Asset>;
  defaultLocale: string;
  careTeamContact: string;
  modelMode: () => string;
  staff: StaffHttpDeps;
  /** New conversations allowed per client address per minute (bursts up to the same number). */
  newConversationsPerMinute: number;
  trustProxy: boolean;
}

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { logger } = deps;

  app.use(requestId({ limitLength: 64 }));
  app.use(async function accessLog(c, next) {
    const started = performance.now();
    await withRequestId(c.get("requestId"), next);
    const path = c.req.path;
    if (path === "/healthz") return;
    withRequestId(c.get("requestId"), () =>
      logger.info(
        {
          method: c.req.method,
          path,
          status: c.res.status,
          ms: Math.round(performance.now() - started),
        },
        "request",
      ),
    );
  });
  app.use(
    secureHeaders({
      contentSecurityPolicy: undefined,
      referrerPolicy: "no-referrer",
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(async function contentSecurityPolicy(c, next) {
    await next();
    c.header("Content-Security-Policy", CSP);
  });
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError(
          "PAYLOAD_TOO_LARGE",
          `The request body is larger than ${MAX_BODY_BYTES} bytes`,
        );
      },
    }),
  );
  app.use("/api/*", async function noStore(c, next) {
    await next();
    c.header("Cache-Control", "no-store");
  });

  app.post(
    "/api/conversations",
    limitNewConversations({
      perMinute: deps.newConversationsPerMinute,
      trustProxy: deps.trustProxy,
    }),
  );

  app.route("/", healthRoutes({ database: deps.database, modelMode: deps.modelMode }));
  app.route("/api/info", infoRoutes(deps));
  app.route(
    "/api/conversations",
    socketRoutes({ db: deps.database.db, chat: deps.chat, connections: deps.connections }),
  );
  app.route(
    "/api/conversations",
    conversationRoutes({
      db: deps.database.db,
      chat: deps.chat,
      defaultLocale: deps.defaultLocale,
    }),
  );
  app.route("/api/staff", staffRoutes(deps.staff));
  app.route(
    "/guidance",
    guidanceRoutes({
      db: deps.database.db,
      contacts: deps.contacts,
      defaultLocale: deps.defaultLocale,
    }),
  );
  app.route("/", webRoutes(deps.assets));

  app.notFound((c) =>
    c.json(errorBody("NOT_FOUND", "No such route", c.get("requestId") ?? "unknown"), 404),
  );
  app.onError((error, c) =>
    withRequestId(c.get("requestId") ?? "unknown", () => toErrorResponse(error, c, logger)),
  );
  return app;
}
