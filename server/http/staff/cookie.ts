import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

export const STAFF_COOKIE = "careline_staff";

/** Served over HTTPS: directly, or (only when the proxy is trusted) as the proxy reports it. */
export function isHttps(c: Context, trustProxy: boolean): boolean {
  if (new URL(c.req.url).protocol === "https:") return true;
  if (!trustProxy) return false;
  const forwarded = c.req.header("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded === "https";
}

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, STAFF_COOKIE);
}

// A browser-session cookie: no Max-Age, so closing the browser ends it; the server enforces the
// idle timeout and the absolute lifetime either way.
export function setSessionCookie(c: Context, token: string, trustProxy: boolean): void {
  setCookie(c, STAFF_COOKIE, token, {
    httpOnly: true,
    sameSite: "Strict",
    path: "/",
    secure: isHttps(c, trustProxy),
  });
}

export function clearSessionCookie(c: Context, trustProxy: boolean): void {
  deleteCookie(c, STAFF_COOKIE, {
    httpOnly: true,
    sameSite: "Strict",
    path: "/",
    secure: isHttps(c, trustProxy),
  });
}
