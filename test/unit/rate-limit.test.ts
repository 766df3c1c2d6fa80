import { describe, expect, test } from "vitest";
import { createRateLimiter } from "../../server/http/rate-limit.ts";

describe("token bucket", () => {
  test("allows a burst up to the limit, then refills at the limit per minute", () => {
    const limiter = createRateLimiter({ perMinute: 2 });
    expect(limiter.take("a", 0)).toEqual({ ok: true });
    expect(limiter.take("a", 0)).toEqual({ ok: true });
    expect(limiter.take("a", 0)).toEqual({ ok: false, retryAfterSeconds: 30 });
    expect(limiter.take("b", 0)).toEqual({ ok: true });
    expect(limiter.take("a", 29_000).ok).toBe(false);
    expect(limiter.take("a", 30_000).ok).toBe(true);
    expect(limiter.take("a", 30_000).ok).toBe(false);
  });

  test("a refused attempt does not spend a token", () => {
    const limiter = createRateLimiter({ perMinute: 1 });
    limiter.take("a", 0);
    for (let t = 0; t < 60_000; t += 10_000) expect(limiter.take("a", t).ok).toBe(false);
    expect(limiter.take("a", 60_000).ok).toBe(true);
  });

  test("keeps at most maxKeys buckets, evicting the least recently used", () => {
    const limiter = createRateLimiter({ perMinute: 1, maxKeys: 2 });
    limiter.take("a", 0);
    limiter.take("b", 0);
    limiter.take("a", 1);
    limiter.take("c", 2); // evicts b, the least recently used
    expect(limiter.take("a", 3).ok).toBe(false);
    expect(limiter.take("b", 3).ok).toBe(true);
  });
});
