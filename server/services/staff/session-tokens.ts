import { createHmac, timingSafeEqual } from "node:crypto";

// The CSRF token is derived from the session's secret, so the server can hand it out again (GET
// /me after a reload) without storing it, and only a holder of the cookie's secret can compute it.
const CSRF_LABEL = "careline.staff.csrf.v1";

export function csrfTokenFor(sessionToken: string): string {
  return createHmac("sha256", sessionToken).update(CSRF_LABEL).digest("base64url");
}

export function csrfMatches(sessionToken: string, given: string | undefined): boolean {
  if (!given) return false;
  const expected = Buffer.from(csrfTokenFor(sessionToken));
  const actual = Buffer.from(given);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export interface SessionPolicy {
  idleMinutes: number;
  lifetimeHours: number;
}
