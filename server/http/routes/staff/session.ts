import { Hono } from "hono";
import { z } from "zod";
import { logIn } from "../../../services/staff/log-in.ts";
import { logOut } from "../../../services/staff/log-out.ts";
import { LoginLockedError } from "../../../services/staff/login-throttle.ts";
import { csrfTokenFor } from "../../../services/staff/session-tokens.ts";
import { ApiError } from "../../errors.ts";
import { clearSessionCookie, readSessionCookie, setSessionCookie } from "../../staff/cookie.ts";
import { requireStaff, staffContext } from "../../staff/guard.ts";
import type { StaffEnv, StaffHttpDeps } from "../../staff/types.ts";
import { readJson } from "../../validation.ts";

// Shape only: a malformed email is just an email that doesn't exist (same 401, same timing).
const LoginBody = z.strictObject({
  email: z.string().max(254),
  password: z.string().min(1, "must not be empty").max(1024),
});

export function staffSessionRoutes(deps: StaffHttpDeps) {
  const app = new Hono<StaffEnv>();

  // JSON only: a cross-site HTML form can't send it, so there is no login CSRF either.
  app.post("/login", async (c) => {
    const body = await readJson(c, LoginBody);
    try {
      const result = await logIn(deps.db, {
        ...body,
        previousToken: readSessionCookie(c),
        requestId: c.get("requestId"),
        now: deps.now(),
        policy: deps.sessions,
      });
      setSessionCookie(c, result.token, deps.trustProxy);
      return c.json({ csrfToken: result.csrfToken, staff: result.staff });
    } catch (error) {
      if (!(error instanceof LoginLockedError)) throw error;
      throw new ApiError("TOO_MANY_REQUESTS", error.message, {
        "Retry-After": String(error.retryAfterSeconds),
      });
    }
  });

  app.post("/logout", requireStaff(deps, "clinician"), async (c) => {
    const ctx = staffContext(c, deps);
    await logOut(ctx);
    clearSessionCookie(c, deps.trustProxy);
    await deps.events.publish({ type: "sessions.ended", sessionId: ctx.actor.sessionId });
    return c.body(null, 204);
  });

  app.get("/me", requireStaff(deps, "clinician"), (c) => {
    const { sessionId: _session, ...staff } = c.get("staff");
    return c.json({ csrfToken: csrfTokenFor(c.get("sessionToken")), staff });
  });

  return app;
}
