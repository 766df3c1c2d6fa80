import type { Context } from "hono";
import { ApiError } from "./errors.ts";

/** The bearer token from Authorization; 401 when absent or malformed. */
export function bearerToken(c: Context): string {
  const header = c.req.header("authorization") ?? "";
  const match = /^Bearer ([A-Za-z0-9._~+/=-]{16,256})$/.exec(header.trim());
  if (!match?.[1]) {
    throw new ApiError(
      "UNAUTHORIZED",
      "Send the conversation token as Authorization: Bearer <token>",
      {
        "WWW-Authenticate": 'Bearer realm="careline"',
      },
    );
  }
  return match[1];
}
