import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { StaffRole } from "../../db/schema/index.ts";
import { authenticateSession, sessionEnded } from "../../services/staff/authenticate-session.ts";
import { hasRole, type StaffContext } from "../../services/staff/principal.ts";
import { csrfMatches } from "../../services/staff/session-tokens.ts";
import { ApiError } from "../errors.ts";
import { readSessionCookie } from "./cookie.ts";
import type { StaffEnv, StaffHttpDeps } from "./types.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Every staff route but login goes through this, in this order: a live session (401), the CSRF
 * token on anything state-changing (403), then the role (403). Only the session cookie counts:
 * a patient's bearer token is never looked at here.
 */
export function requireStaff(deps: StaffHttpDeps, minimum: StaffRole) {
  return createMiddleware<StaffEnv>(async function staffGuard(c, next) {
    const token = readSessionCookie(c);
    if (!token) throw sessionEnded();
    const actor = await authenticateSession(deps.db, token, deps.now(), deps.sessions);
    if (!SAFE_METHODS.has(c.req.method) && !csrfMatches(token, c.req.header("x-csrf-token"))) {
      throw new ApiError("FORBIDDEN", "Send the X-CSRF-Token you got at sign-in");
    }
    if (!hasRole(actor, minimum)) {
      throw new ApiError("FORBIDDEN", `This needs the ${minimum} role or higher`);
    }
    c.set("staff", actor);
    c.set("sessionToken", token);
    await next();
  });
}

export function staffContext(c: Context<StaffEnv>, deps: StaffHttpDeps): StaffContext {
  return {
    db: deps.db,
    now: deps.now(),
    actor: c.get("staff"),
    requestId: c.get("requestId"),
    events: deps.events,
    sla: deps.sla,
  };
}
