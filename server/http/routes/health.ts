import { Hono } from "hono";
import type { DatabaseHandle } from "../../db/client.ts";
import { checkReadiness } from "../../services/health/check-readiness.ts";
import type { AppEnv } from "../types.ts";

export function healthRoutes(deps: { database: DatabaseHandle; modelMode: () => string }) {
  const app = new Hono<AppEnv>();
  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.get("/readyz", async (c) => {
    const readiness = await checkReadiness(deps.database, deps.modelMode());
    return c.json(
      { status: readiness.ready ? "ready" : "not_ready", ...readiness },
      readiness.ready ? 200 : 503,
    );
  });
  return app;
}
