import { Hono } from "hono";
import type { StaffEnv, StaffHttpDeps } from "../../staff/types.ts";
import { staffAdminRoutes } from "./admin.ts";
import { staffAuditRoutes } from "./audit.ts";
import { staffConversationRoutes } from "./conversations.ts";
import { staffEscalationRoutes } from "./escalations.ts";
import { staffSessionRoutes } from "./session.ts";
import { staffSocketRoutes } from "./socket.ts";
import { staffUserRoutes } from "./users.ts";

/** Everything under /api/staff (docs/staff-api.md). Each route names its minimum role. */
export function staffRoutes(deps: StaffHttpDeps) {
  const app = new Hono<StaffEnv>();
  app.route("/", staffSessionRoutes(deps));
  app.route("/", staffSocketRoutes(deps));
  app.route("/", staffAdminRoutes(deps));
  app.route("/escalations", staffEscalationRoutes(deps));
  app.route("/conversations", staffConversationRoutes(deps));
  app.route("/audit", staffAuditRoutes(deps));
  app.route("/users", staffUserRoutes(deps));
  return app;
}
