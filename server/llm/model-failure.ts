import { BrokenCircuitError } from "cockatiel";
import { retryAfterMs } from "./retry-after.ts";

// Every way a model call can fail, as one error type with a kind: the responder degrades to the
// guidance-only answer on any of them, and the kind decides retries and the circuit breaker.

export type ModelFailureKind =
  | "timeout"
  | "rate_limited"
  | "server_error"
  | "content_filter"
  | "cut_off"
  | "connection"
  | "circuit_open"
  | "rejected"
  | "malformed"
  | "aborted";

export interface ModelFailureDetail {
  status?: number;
  /** For timeouts: which clock ran out. */
  phase?: "first_token" | "idle" | "total";
  retryAfterMs?: number;
  /** Text had already been streamed when it failed: never retried. */
  afterOutput?: boolean;
}

export class ModelFailure extends Error {
  constructor(
    readonly kind: ModelFailureKind,
    message: string,
    readonly detail: ModelFailureDetail = {},
  ) {
    super(message);
    this.name = "ModelFailure";
  }

  /** Worth another attempt, if nothing was streamed yet. */
  get retryable(): boolean {
    if (this.detail.afterOutput) return false;
    return (
      this.kind === "rate_limited" ||
      this.kind === "server_error" ||
      this.kind === "connection" ||
      this.kind === "cut_off" ||
      (this.kind === "timeout" && this.detail.phase === "first_token")
    );
  }

  /** Says something about the model service's health (a refused prompt or our own abort does not). */
  get countsAgainstCircuit(): boolean {
    return !["content_filter", "aborted", "malformed", "circuit_open"].includes(this.kind);
  }
}

interface ApiErrorLike {
  status?: unknown;
  code?: unknown;
  name?: unknown;
  headers?: unknown;
  message?: unknown;
}

export function toModelFailure(error: unknown, afterOutput = false): ModelFailure {
  if (error instanceof ModelFailure) {
    return afterOutput && !error.detail.afterOutput
      ? new ModelFailure(error.kind, error.message, { ...error.detail, afterOutput })
      : error;
  }
  if (error instanceof BrokenCircuitError) {
    return new ModelFailure("circuit_open", "the model circuit is open", { afterOutput });
  }
  const e = (typeof error === "object" && error !== null ? error : {}) as ApiErrorLike;
  const status = typeof e.status === "number" ? e.status : undefined;
  const message = typeof e.message === "string" ? e.message.slice(0, 200) : String(error);
  const detail = { afterOutput, ...(status ? { status } : {}) };
  if (status === 429) {
    const wait = retryAfterMs(e.headers);
    return new ModelFailure("rate_limited", message, {
      ...detail,
      ...(wait !== undefined ? { retryAfterMs: wait } : {}),
    });
  }
  if (status === 400 && e.code === "content_filter") {
    return new ModelFailure("content_filter", "the prompt was filtered", detail);
  }
  if (status !== undefined && status >= 500) {
    const wait = retryAfterMs(e.headers);
    return new ModelFailure("server_error", message, {
      ...detail,
      ...(wait !== undefined ? { retryAfterMs: wait } : {}),
    });
  }
  if (status !== undefined) return new ModelFailure("rejected", message, detail);
  if (e.name === "TimeoutError")
    return new ModelFailure("timeout", message, { ...detail, phase: "total" });
  if (e.name === "AbortError") return new ModelFailure("aborted", message, detail);
  if (e.name === "ContentFilterFinishReasonError") {
    return new ModelFailure("content_filter", "the answer was filtered", detail);
  }
  // The SDK parses structured output itself: bad JSON surfaces as a SyntaxError.
  if (e.name === "ZodError" || e.name === "OutputParserException" || e.name === "SyntaxError") {
    return new ModelFailure("malformed", message, detail);
  }
  return new ModelFailure("connection", message, detail);
}
