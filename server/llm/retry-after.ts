// How long the service asked us to wait: Azure sends retry-after-ms and retry-after (seconds);
// retry-after may also be an HTTP date.

interface HeadersLike {
  get(name: string): string | null;
}

function isHeaders(value: unknown): value is HeadersLike {
  return (
    typeof value === "object" && value !== null && typeof (value as HeadersLike).get === "function"
  );
}

export function retryAfterMs(headers: unknown, now = Date.now()): number | undefined {
  if (!isHeaders(headers)) return undefined;
  const ms = Number.parseFloat(headers.get("retry-after-ms") ?? "");
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = headers.get("retry-after");
  if (!raw) return undefined;
  const seconds = Number.parseFloat(raw);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
