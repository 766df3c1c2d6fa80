// A token bucket per key, in this process's memory. Behind several instances each keeps its own
// buckets, so the effective limit is per instance; that bounds abuse without shared state.

export type Take = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  take(key: string, now?: number): Take;
}

export function createRateLimiter(options: {
  perMinute: number;
  /** Buckets kept at most; the least recently used go first. */
  maxKeys?: number;
}): RateLimiter {
  const capacity = options.perMinute;
  const refillPerMs = options.perMinute / 60_000;
  const maxKeys = options.maxKeys ?? 50_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key, now = Date.now()) {
      const previous = buckets.get(key);
      const tokens = previous
        ? Math.min(capacity, previous.tokens + (now - previous.at) * refillPerMs)
        : capacity;
      // Re-inserting keeps the Map in least-recently-used order for eviction.
      buckets.delete(key);
      if (buckets.size >= maxKeys) {
        const oldest = buckets.keys().next().value;
        if (oldest !== undefined) buckets.delete(oldest);
      }
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, at: now });
        return { ok: true };
      }
      buckets.set(key, { tokens, at: now });
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / refillPerMs / 1000)),
      };
    },
  };
}
