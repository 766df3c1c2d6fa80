import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, MiddlewareHandler } from "hono";
import { ApiError } from "../errors.ts";
import { createRateLimiter } from "../rate-limit.ts";
import type { AppEnv } from "../types.ts";

// Starting a conversation is the one write anyone can make without a token, so it is limited per
// client address. Messages in a conversation are never refused for rate: a patient describing an
// emergency must always reach triage.

export function limitNewConversations(options: {
  perMinute: number;
  trustProxy: boolean;
}): MiddlewareHandler<AppEnv> {
  const limiter = createRateLimiter({ perMinute: options.perMinute });
  return async (c, next) => {
    const taken = limiter.take(clientAddress(c, options.trustProxy));
    if (!taken.ok) {
      throw new ApiError(
        "TOO_MANY_REQUESTS",
        "Too many new conversations from this address. Please wait a moment and try again.",
        { "Retry-After": String(taken.retryAfterSeconds) },
      );
    }
    await next();
  };
}

function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    // The proxy appends the address it saw; the last entry is the one a client cannot forge.
    const forwarded = c.req.header("x-forwarded-for")?.split(",").at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  return getConnInfo(c).remote.address ?? "unknown";
}
