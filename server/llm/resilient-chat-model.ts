import {
  type CircuitBreakerPolicy,
  CircuitState,
  ConsecutiveBreaker,
  circuitBreaker,
  DelegateBackoff,
  handleWhen,
  type IRetryBackoffContext,
  retry,
  wrap,
} from "cockatiel";
import type { ZodType } from "zod";
import type { PromptMessage } from "../../prompts/define-prompt.ts";
import { AsyncQueue } from "./async-queue.ts";
import type { CallOptions, ChatModel, StreamEnd, Structured } from "./chat-model.ts";
import { ModelFailure, toModelFailure } from "./model-failure.ts";

// Timeouts, retries and a circuit breaker around a ChatModel (cockatiel). Retries happen only
// before any text is streamed, wait as long as retry-after(-ms) asks (or back off exponentially),
// and never past the call's deadline. The breaker sees whole calls, mid-stream failures included.

export interface ResilienceConfig {
  firstTokenMs: number;
  idleMs: number;
  totalMs: number;
  maxRetries: number;
  breaker: { failures: number; halfOpenAfterMs: number };
}

export interface ResilientCallOptions extends CallOptions {
  /** Overrides the configured total budget (the triage second opinion has its own). */
  totalMs?: number;
}

const BASE_BACKOFF_MS = 250;
const MAX_BACKOFF_MS = 4_000;

function timeoutFailure(phase: "first_token" | "idle" | "total", ms: number): ModelFailure {
  return new ModelFailure("timeout", `no ${phase.replace("_", " ")} within ${ms} ms`, { phase });
}

/** A signal that aborts when `outer` does or after `ms`, with a timeout failure as its reason. */
function deadlineSignal(outer: AbortSignal, ms: number) {
  const controller = new AbortController();
  const onOuter = () => controller.abort(outer.reason);
  if (outer.aborted) onOuter();
  outer.addEventListener("abort", onOuter, { once: true });
  const timer = setTimeout(() => controller.abort(timeoutFailure("total", ms)), ms);
  return {
    signal: controller.signal,
    abort: (reason: unknown) => controller.abort(reason),
    dispose() {
      clearTimeout(timer);
      outer.removeEventListener("abort", onOuter);
    },
  };
}

export class ResilientChatModel implements ChatModel {
  /** One circuit for answers and one for classifications: a failing triage call never blocks answers. */
  readonly circuits: { stream: CircuitBreakerPolicy; structured: CircuitBreakerPolicy };

  constructor(
    private readonly inner: ChatModel,
    private readonly config: ResilienceConfig,
  ) {
    const breaker = () =>
      circuitBreaker(
        handleWhen((error) => toModelFailure(error).countsAgainstCircuit),
        {
          halfOpenAfter: config.breaker.halfOpenAfterMs,
          breaker: new ConsecutiveBreaker(config.breaker.failures),
        },
      );
    this.circuits = { stream: breaker(), structured: breaker() };
  }

  get description() {
    return this.inner.description;
  }

  async *stream(
    messages: PromptMessage[],
    options: ResilientCallOptions,
  ): AsyncGenerator<string, StreamEnd> {
    const totalMs = options.totalMs ?? this.config.totalMs;
    const deadline = deadlineSignal(options.signal, totalMs);
    const queue = new AsyncQueue<string, StreamEnd>();
    let emitted = false;
    let attempts = 0;
    const run = this.policy(this.circuits.stream, Date.now() + totalMs, () => emitted).execute(
      async ({ attempt }) => {
        attempts++;
        return this.attemptStream(messages, attempt, deadline.signal, (text) => {
          emitted = true;
          queue.push(text);
        });
      },
      deadline.signal,
    );
    run.then(
      (end) => queue.end({ ...end, attempts }),
      (error) => queue.fail(toModelFailure(error, emitted)),
    );
    try {
      return yield* queue.drain();
    } finally {
      // The consumer stopped early (a failed output check): stop the model too.
      deadline.abort(new ModelFailure("aborted", "the reply no longer needs this stream"));
      deadline.dispose();
      await run.catch(() => {});
    }
  }

  async structured<T>(
    messages: PromptMessage[],
    schema: ZodType<T>,
    name: string,
    options: ResilientCallOptions,
  ): Promise<Structured<T>> {
    const totalMs = options.totalMs ?? this.config.totalMs;
    const deadline = deadlineSignal(options.signal, totalMs);
    let attempts = 0;
    try {
      const result = await this.policy(
        this.circuits.structured,
        Date.now() + totalMs,
        () => false,
      ).execute(async ({ attempt }) => {
        attempts++;
        try {
          return await this.inner.structured(messages, schema, name, {
            signal: deadline.signal,
            attempt,
          });
        } catch (error) {
          throw toModelFailure(deadline.signal.aborted ? deadline.signal.reason : error);
        }
      }, deadline.signal);
      return { ...result, attempts };
    } catch (error) {
      throw toModelFailure(error);
    } finally {
      deadline.dispose();
    }
  }

  private policy(circuit: CircuitBreakerPolicy, deadline: number, emitted: () => boolean) {
    const delayFor = (failure: ModelFailure, attempt: number) => {
      const backoff = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** (attempt - 1));
      return failure.detail.retryAfterMs ?? backoff * (0.5 + Math.random() / 2);
    };
    const retryPolicy = retry(
      handleWhen((error) => {
        const failure = toModelFailure(error);
        // A wait that would outlast the deadline is not a retry, it is a slower failure.
        const wait = failure.detail.retryAfterMs ?? 0;
        return failure.retryable && !emitted() && Date.now() + wait < deadline;
      }),
      {
        maxAttempts: this.config.maxRetries,
        backoff: new DelegateBackoff((context: IRetryBackoffContext<unknown>) => {
          const error = "error" in context.result ? context.result.error : undefined;
          return Math.max(
            0,
            Math.min(delayFor(toModelFailure(error), context.attempt), deadline - Date.now()),
          );
        }),
      },
    );
    const failFastWhileTesting = {
      execute: <R>(fn: (context: { signal: AbortSignal }) => Promise<R>, signal?: AbortSignal) => {
        // While one call tests a half-open circuit, every other patient gets the fallback at once.
        if (circuit.state === CircuitState.HalfOpen) {
          throw new ModelFailure("circuit_open", "the model circuit is being tested");
        }
        return circuit.execute(fn, signal);
      },
    };
    // The breaker sees whole calls (after their retries): consecutive failed replies open it.
    return wrap(failFastWhileTesting as unknown as CircuitBreakerPolicy, retryPolicy);
  }

  private async attemptStream(
    messages: PromptMessage[],
    attempt: number,
    outer: AbortSignal,
    onText: (text: string) => void,
  ): Promise<StreamEnd> {
    const { firstTokenMs, idleMs } = this.config;
    const attemptSignal = deadlineSignal(outer, this.config.totalMs);
    let timer = setTimeout(
      () => attemptSignal.abort(timeoutFailure("first_token", firstTokenMs)),
      firstTokenMs,
    );
    let streamed = false;
    try {
      const stream = this.inner.stream(messages, { signal: attemptSignal.signal, attempt });
      let end: StreamEnd;
      for (;;) {
        const next = await stream.next();
        // The SDK ends an aborted stream quietly: a half answer must not look complete.
        if (attemptSignal.signal.aborted) throw attemptSignal.signal.reason;
        if (next.done) {
          end = next.value;
          break;
        }
        clearTimeout(timer);
        timer = setTimeout(() => attemptSignal.abort(timeoutFailure("idle", idleMs)), idleMs);
        streamed = true;
        onText(next.value);
      }
      if (end.finishReason === "content_filter") {
        throw new ModelFailure("content_filter", "the answer was filtered", {
          afterOutput: streamed,
        });
      }
      if (end.finishReason !== "stop") {
        throw new ModelFailure(
          "cut_off",
          `the stream ended with finish_reason ${end.finishReason}`,
          {
            afterOutput: streamed,
          },
        );
      }
      return end;
    } catch (error) {
      const cause = attemptSignal.signal.aborted ? attemptSignal.signal.reason : error;
      const failure = toModelFailure(cause, streamed);
      // Unparseable data mid-stream is the service's fault, like a cut-off stream.
      if (failure.kind === "malformed") {
        throw new ModelFailure("cut_off", "the stream sent malformed data", failure.detail);
      }
      throw failure;
    } finally {
      clearTimeout(timer);
      attemptSignal.dispose();
    }
  }
}
