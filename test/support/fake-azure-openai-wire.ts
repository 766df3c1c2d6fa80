import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";

// The fake Azure OpenAI's wire format (../shared/design/stack-notes.md §5): the SSE chunks, the JSON
// completions, structured output as content or a tool call, and Azure's error bodies and headers.

export const FAKE_MODEL_VERSION = "gpt-4o-2024-08-06";

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export type FinishReason = "stop" | "length" | "content_filter";

export type ScriptedReply =
  | {
      type: "stream";
      /** The reply text; split into word-sized tokens unless given as chunks. A function sees the request. */
      text: string | string[] | ((request: RecordedRequest) => string);
      /** null ends the stream without a finish_reason (a cut-off stream). Default "stop". */
      finishReason?: FinishReason | null;
      usage?: Partial<Usage>;
      firstTokenMs?: number;
      tokensPerSecond?: number;
      /** After this many content chunks, send nothing more and keep the connection open. */
      stallAfterChunks?: number;
      /** After this many content chunks, destroy the socket. */
      disconnectAfterChunks?: number;
      /** After this many content chunks, send a chunk that is not valid JSON. */
      garbleAfterChunks?: number;
    }
  | { type: "completion"; text: string; finishReason?: FinishReason }
  /** The answer to a structured-output call: JSON content, or a tool call when the client sent tools. Give a string to send malformed output. */
  | { type: "structured"; value: unknown }
  | { type: "rate_limit"; retryAfterMs?: number }
  | { type: "server_error"; status?: 500 | 502 | 503 }
  | { type: "prompt_filter" }
  /** Sends nothing, not even headers, for delayMs; then the reply. */
  | { type: "slow"; delayMs: number; reply: ScriptedReply };

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage["headers"];
  /** The raw body as received. */
  raw: string;
  body: any;
  kind: "stream" | "structured" | "completion";
  receivedAt: number;
  /** When the first content token was written, and when the response ended (ms, performance.now()). */
  firstTokenAt?: number;
  /** When the first sentence of the reply had been written in full. */
  firstSentenceAt?: number;
  finishedAt?: number;
  abortedByClient: boolean;
  expectation?: string;
}

export interface FakeTiming {
  firstTokenMs: number;
  tokensPerSecond: number;
}

const SAFE = { filtered: false, severity: "safe" } as const;
const SAFE_RESULTS = { hate: SAFE, self_harm: SAFE, sexual: SAFE, violence: SAFE };
const PROMPT_FILTER_RESULTS = [{ prompt_index: 0, content_filter_results: SAFE_RESULTS }];

export function lastUserText(request: RecordedRequest): string {
  const messages: Array<{ role: string; content: unknown }> = request.body?.messages ?? [];
  const last = [...messages].reverse().find((m) => m.role === "user");
  return typeof last?.content === "string" ? last.content : JSON.stringify(last?.content ?? "");
}

export function kindOf(body: any): RecordedRequest["kind"] {
  if (body?.response_format?.type === "json_schema" || Array.isArray(body?.tools)) {
    return "structured";
  }
  return body?.stream === true ? "stream" : "completion";
}

function tokensOf(text: string | string[]): string[] {
  if (Array.isArray(text)) return text;
  return text.match(/\s*\S+|\s+$/g) ?? [];
}

function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function writeReply(
  request: RecordedRequest,
  res: ServerResponse,
  reply: ScriptedReply,
  timing: FakeTiming,
): Promise<void> {
  switch (reply.type) {
    case "slow":
      await sleep(reply.delayMs);
      if (res.destroyed) return;
      return writeReply(request, res, reply.reply, timing);
    case "rate_limit": {
      const ms = reply.retryAfterMs ?? 1000;
      res.writeHead(429, {
        "content-type": "application/json",
        "retry-after": String(Math.ceil(ms / 1000)),
        "retry-after-ms": String(ms),
        "x-ratelimit-remaining-requests": "0",
        "x-ratelimit-remaining-tokens": "0",
      });
      res.end(
        JSON.stringify({
          error: {
            code: "429",
            message: `Requests to the ChatCompletions_Create Operation under Azure OpenAI API version ${request.query.get("api-version")} have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after ${Math.ceil(ms / 1000)} second.`,
          },
        }),
      );
      request.finishedAt = performance.now();
      return;
    }
    case "server_error":
      return sendJson(request, res, reply.status ?? 500, {
        error: {
          message: "The server had an error while processing your request. Sorry about that!",
          type: "server_error",
          param: null,
          code: null,
        },
      });
    case "prompt_filter":
      return sendJson(request, res, 400, {
        error: {
          message:
            "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry.",
          type: null,
          param: "prompt",
          code: "content_filter",
          status: 400,
          innererror: {
            code: "ResponsibleAIPolicyViolation",
            content_filter_result: {
              ...SAFE_RESULTS,
              jailbreak: { filtered: false, detected: false },
              self_harm: { filtered: true, severity: "medium" },
            },
          },
        },
      });
    case "stream":
      return writeStream(request, res, reply, timing);
    case "completion":
      return writeCompletion(request, res, reply.text, reply.finishReason ?? "stop", timing);
    case "structured":
      return writeStructured(request, res, reply.value, timing);
  }
}

function envelope(object: string) {
  return {
    created: Math.floor(Date.now() / 1000),
    id: `chatcmpl-${randomUUID().replace(/-/g, "").slice(0, 24)}`,
    model: FAKE_MODEL_VERSION,
    object,
    system_fingerprint: "fp_fake0001",
  };
}

function usageFor(request: RecordedRequest, completion: string, given?: Partial<Usage>): Usage {
  const prompt =
    given?.prompt_tokens ?? estimateTokens(JSON.stringify(request.body?.messages ?? []));
  const out = given?.completion_tokens ?? estimateTokens(completion);
  return { prompt_tokens: prompt, completion_tokens: out, total_tokens: prompt + out };
}

async function writeStream(
  request: RecordedRequest,
  res: ServerResponse,
  reply: Extract<ScriptedReply, { type: "stream" }>,
  timing: FakeTiming,
) {
  const tokens = tokensOf(typeof reply.text === "function" ? reply.text(request) : reply.text);
  const firstTokenMs = reply.firstTokenMs ?? timing.firstTokenMs;
  const tps = reply.tokensPerSecond ?? timing.tokensPerSecond;
  const base = envelope("chat.completion.chunk");
  const write = (data: unknown) => !res.destroyed && res.write(`data: ${JSON.stringify(data)}\n\n`);
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  write({
    choices: [],
    created: 0,
    id: "",
    model: "",
    object: "",
    prompt_filter_results: PROMPT_FILTER_RESULTS,
  });
  await sleep(firstTokenMs);
  write({
    ...base,
    choices: [
      {
        content_filter_results: {},
        delta: { content: "", refusal: null, role: "assistant" },
        finish_reason: null,
        index: 0,
        logprobs: null,
      },
    ],
  });
  let written = "";
  for (const [i, token] of tokens.entries()) {
    if (res.destroyed) return;
    if (i > 0 && tps > 0) await sleep(1000 / tps);
    if (reply.disconnectAfterChunks !== undefined && i >= reply.disconnectAfterChunks) {
      // Let what was written reach the client first, as a real dropped connection would.
      await sleep(50);
      res.socket?.destroy();
      return;
    }
    if (reply.stallAfterChunks !== undefined && i >= reply.stallAfterChunks) return;
    if (reply.garbleAfterChunks !== undefined && i >= reply.garbleAfterChunks) {
      res.end('data: {"choices":[{"delta":{"content":"trunc\n\n');
      request.finishedAt = performance.now();
      return;
    }
    write({
      ...base,
      choices: [
        {
          content_filter_results: SAFE_RESULTS,
          delta: { content: token },
          finish_reason: null,
          index: 0,
          logprobs: null,
        },
      ],
    });
    written += token;
    request.firstTokenAt ??= performance.now();
    // The moment a sentence's end mark is out: the earliest any checker could release it.
    if (request.firstSentenceAt === undefined && /[.!?]["')\]]*(?:\s|$)|\n/.test(token)) {
      request.firstSentenceAt = performance.now();
    }
  }
  const finish = reply.finishReason === undefined ? "stop" : reply.finishReason;
  if (finish === null) {
    request.finishedAt = performance.now();
    res.end();
    return;
  }
  write({
    ...base,
    choices: [
      {
        content_filter_results:
          finish === "content_filter"
            ? { ...SAFE_RESULTS, self_harm: { filtered: true, severity: "medium" } }
            : {},
        delta: {},
        finish_reason: finish,
        index: 0,
        logprobs: null,
      },
    ],
  });
  if (request.body?.stream_options?.include_usage) {
    write({ ...base, choices: [], usage: usageFor(request, written, reply.usage) });
  }
  if (!res.destroyed) res.end("data: [DONE]\n\n");
  request.firstSentenceAt ??= performance.now();
  request.finishedAt = performance.now();
}

async function waitLikeGeneration(text: string, timing: FakeTiming) {
  const { firstTokenMs, tokensPerSecond } = timing;
  const tokens = tokensOf(text).length;
  await sleep(firstTokenMs + (tokensPerSecond > 0 ? (tokens * 1000) / tokensPerSecond : 0));
}

async function writeCompletion(
  request: RecordedRequest,
  res: ServerResponse,
  text: string,
  finish: FinishReason,
  timing: FakeTiming,
) {
  await waitLikeGeneration(text, timing);
  sendJson(request, res, 200, {
    ...envelope("chat.completion"),
    choices: [
      {
        content_filter_results: SAFE_RESULTS,
        finish_reason: finish,
        index: 0,
        logprobs: null,
        message: { content: text, refusal: null, role: "assistant" },
      },
    ],
    prompt_filter_results: PROMPT_FILTER_RESULTS,
    usage: usageFor(request, text),
  });
}

async function writeStructured(
  request: RecordedRequest,
  res: ServerResponse,
  value: unknown,
  timing: FakeTiming,
) {
  const content = typeof value === "string" ? value : JSON.stringify(value);
  await waitLikeGeneration(content, timing);
  const tool = request.body?.tools?.[0]?.function?.name;
  const message = tool
    ? {
        content: null,
        refusal: null,
        role: "assistant",
        tool_calls: [
          {
            id: `call_${randomUUID().slice(0, 8)}`,
            type: "function",
            function: { name: tool, arguments: content },
          },
        ],
      }
    : { content, refusal: null, role: "assistant" };
  sendJson(request, res, 200, {
    ...envelope("chat.completion"),
    choices: [
      {
        content_filter_results: SAFE_RESULTS,
        finish_reason: tool ? "tool_calls" : "stop",
        index: 0,
        logprobs: null,
        message,
      },
    ],
    prompt_filter_results: PROMPT_FILTER_RESULTS,
    usage: usageFor(request, content),
  });
}

export function sendJson(
  request: RecordedRequest,
  res: ServerResponse,
  status: number,
  body: unknown,
) {
  if (res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
  request.finishedAt ??= performance.now();
}
