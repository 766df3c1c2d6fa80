import type { Context } from "hono";
import { Hono } from "hono";
import { staffSocket } from "../../../ws/staff-socket.ts";
import { ApiError } from "../../errors.ts";
import { isHttps } from "../../staff/cookie.ts";
import { requireStaff } from "../../staff/guard.ts";
import type { StaffEnv, StaffHttpDeps } from "../../staff/types.ts";

/** careline's own origin, as the browser would write it in an Origin header. */
function ownOrigin(c: Context, deps: StaffHttpDeps): string {
  if (deps.publicOrigin) return deps.publicOrigin;
  const forwardedHost = deps.trustProxy ? c.req.header("x-forwarded-host") : undefined;
  const host = forwardedHost?.split(",")[0]?.trim() || c.req.header("host") || "";
  return `${isHttps(c, deps.trustProxy) ? "https" : "http"}://${host}`.toLowerCase();
}

export function staffSocketRoutes(deps: StaffHttpDeps) {
  const app = new Hono<StaffEnv>();
  app.get(
    "/socket",
    // Browsers send cookies with cross-site WebSocket handshakes; the Origin is what tells a page
    // of ours from someone else's (cross-site WebSocket hijacking).
    async function sameOrigin(c, next) {
      const origin = c.req.header("origin")?.toLowerCase();
      if (origin !== ownOrigin(c, deps)) {
        throw new ApiError("FORBIDDEN", "This socket only accepts careline's own pages");
      }
      await next();
    },
    requireStaff(deps, "clinician"),
    staffSocket(deps),
    () => {
      throw new ApiError("BAD_REQUEST", "Connect to this address with a WebSocket");
    },
  );
  return app;
}
