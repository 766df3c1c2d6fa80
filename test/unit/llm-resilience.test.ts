import { describe, expect, test } from "vitest";
import type { ZodType } from "zod";
import type { PromptMessage } from "../../prompts/define-prompt.ts";
import type { CallOptions, ChatModel, StreamEnd, Structured } from "../../server/llm/chat-model.ts";
import { ModelFailure, toModelFailure } from "../../server/llm/model-failure.ts";
import { ResilientChatModel } from "../../server/llm/resilient-chat-model.ts";
import { retryAfterMs } from "../../server/llm/retry-after.ts";

// The resilience rules in isolation, over a scripted model that fails loudly on an unexpected call.

type Step = { chunks: string[]; end: "stop" | ModelFailure | "hang" };

class ScriptedChatModel implements ChatModel {
  readonly description = { provider: "azure-openai" as const, model: "scripted" };
  readonly attempts: number[] = [];
  constructor(private readonly steps: Step[]) {}

  async *stream(
    _messages: PromptMessage[],
    options: CallOptions,
  ): AsyncGenerator<string, StreamEnd> {
    this.attempts.push(options.attempt ?? 0);
    const step = this.steps.shift();
    if (!step) throw new Error("ScriptedChatModel: unexpected call");
    for (const chunk of step.chunks) yield chunk;
    if (step.end === "hang") {
      await new Promise((_, reject) =>
        options.signal.addEventListener("abort", () => reject(options.signal.reason)),
      );
    }
    if (step.end instanceof ModelFailure) throw step.end;
    return { finishReason: "stop", usage: null, modelVersion: null, attempts: 1 };
  }

  structured<T>(
    _m: PromptMessage[],
    _s: ZodType<T>,
    _n: string,
    _o: CallOptions,
  ): Promise<Structured<T>> {
    throw new Error("ScriptedChatModel: unexpected structured call");
  }
}

const config = {
  firstTokenMs: 200,
  idleMs: 200,
  totalMs: 2_000,
  maxRetries: 2,
  breaker: { failures: 2, halfOpenAfterMs: 60_000 },
};
const serverError = () => new ModelFailure("server_error", "500", { status: 500 });

async function drain(model: ChatModel) {
  let text = "";
  try {
    for await (const chunk of model.stream([], { signal: new AbortController().signal }))
      text += chunk;
    return { text, error: undefined };
  } catch (error) {
    return { text, error: error as ModelFailure };
  }
}

describe("retry-after", () => {
  const headers = (entries: Record<string, string>) => new Headers(entries);
  test("prefers retry-after-ms, then retry-after in seconds or as a date", () => {
    expect(retryAfterMs(headers({ "retry-after-ms": "1500", "retry-after": "2" }))).toBe(1500);
    expect(retryAfterMs(headers({ "retry-after": "2" }))).toBe(2000);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(retryAfterMs(headers({ "retry-after": "Thu, 01 Jan 2026 00:00:03 GMT" }), now)).toBe(
      3000,
    );
    expect(retryAfterMs(headers({}))).toBeUndefined();
    expect(retryAfterMs(undefined)).toBeUndefined();
  });
});

describe("classifying model failures", () => {
  const apiError = (status: number, extra: Record<string, unknown> = {}) =>
    Object.assign(new Error("x"), {
      status,
      headers: new Headers({ "retry-after-ms": "700" }),
      ...extra,
    });
  test.each([
    { id: "429", error: apiError(429), kind: "rate_limited", retryable: true, counts: true },
    {
      id: "prompt filter",
      error: apiError(400, { code: "content_filter" }),
      kind: "content_filter",
      retryable: false,
      counts: false,
    },
    { id: "503", error: apiError(503), kind: "server_error", retryable: true, counts: true },
    { id: "401", error: apiError(401), kind: "rejected", retryable: false, counts: true },
    {
      id: "abort",
      error: Object.assign(new Error("x"), { name: "AbortError" }),
      kind: "aborted",
      retryable: false,
      counts: false,
    },
    {
      id: "bad JSON",
      error: new SyntaxError("Unexpected end"),
      kind: "malformed",
      retryable: false,
      counts: false,
    },
    {
      id: "socket",
      error: new Error("terminated"),
      kind: "connection",
      retryable: true,
      counts: true,
    },
  ])("$id is $kind", ({ error, kind, retryable, counts }) => {
    const failure = toModelFailure(error);
    expect(failure.kind).toBe(kind);
    expect(failure.retryable).toBe(retryable);
    expect(failure.countsAgainstCircuit).toBe(counts);
  });

  test("reads the wait a 429 asks for, and never retries once text was streamed", () => {
    expect(toModelFailure(apiError(429)).detail.retryAfterMs).toBe(700);
    expect(toModelFailure(apiError(503), true).retryable).toBe(false);
  });
});

describe("the resilient model", () => {
  test("retries a failure before any text, sending the attempt number", async () => {
    const inner = new ScriptedChatModel([
      { chunks: [], end: serverError() },
      { chunks: ["Hi."], end: "stop" },
    ]);
    const result = await drain(new ResilientChatModel(inner, config));
    expect(result).toEqual({ text: "Hi.", error: undefined });
    expect(inner.attempts).toEqual([0, 1]);
  });

  test("never retries a failure after text was streamed", async () => {
    const inner = new ScriptedChatModel([{ chunks: ["Hi. "], end: serverError() }]);
    const result = await drain(new ResilientChatModel(inner, config));
    expect(result.text).toBe("Hi. ");
    expect(result.error).toMatchObject({ kind: "server_error", detail: { afterOutput: true } });
    expect(inner.attempts).toEqual([0]);
  });

  test("cuts a stream that goes quiet at the idle limit", async () => {
    const inner = new ScriptedChatModel([{ chunks: ["Hi. "], end: "hang" }]);
    const result = await drain(new ResilientChatModel(inner, config));
    expect(result.error).toMatchObject({
      kind: "timeout",
      detail: { phase: "idle", afterOutput: true },
    });
  });

  test("opens the circuit after consecutive failed calls and then fails fast", async () => {
    const steps: Step[] = Array.from({ length: 6 }, () => ({ chunks: [], end: serverError() }));
    const inner = new ScriptedChatModel(steps);
    const model = new ResilientChatModel(inner, { ...config, maxRetries: 0 });
    await drain(model);
    await drain(model);
    const open = await drain(model);
    expect(open.error).toMatchObject({ kind: "circuit_open" });
    expect(inner.attempts).toHaveLength(2);
  });
});
