import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A wire-accurate fake of Azure OpenAI chat completions (../shared/design/stack-notes.md §5) on
// 127.0.0.1:0, driven by a script of expected calls. It records every request and fails loudly on
// a call nobody scripted: it answers 500, logs it, and `verify()` throws so the test fails.

export const FAKE_API_KEY = "fake-azure-key";
export const FAKE_DEPLOYMENT = "careline-chat";
export const FAKE_API_VERSION = "2024-10-21";
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

export interface CallMatcher {
  stream?: boolean;
  structured?: boolean;
  /** Text the last user message must contain. */
  includes?: string;
  predicate?: (request: RecordedRequest) => boolean;
}

export interface Expectation {
  name?: string;
  match?: CallMatcher;
  reply: ScriptedReply;
  /** How many calls this expectation answers (default 1). */
  times?: number;
  /** Not an error if never called (e.g. a second opinion a test does not care about). */
  optional?: boolean;
}

export interface FakeTiming {
  firstTokenMs: number;
  tokensPerSecond: number;
}

export interface FakeAzureOpenAiOptions {
  apiKey?: string;
  deployments?: string[];
  timing?: FakeTiming;
  /** Benchmarks only: answer any call that matches no expectation with this reply instead of failing. */
  fallthrough?: (request: RecordedRequest) => ScriptedReply;
}

const SAFE = { filtered: false, severity: "safe" } as const;
const SAFE_RESULTS = { hate: SAFE, self_harm: SAFE, sexual: SAFE, violence: SAFE };
const PROMPT_FILTER_RESULTS = [{ prompt_index: 0, content_filter_results: SAFE_RESULTS }];

export function lastUserText(request: RecordedRequest): string {
  const messages: Array<{ role: string; content: unknown }> = request.body?.messages ?? [];
  const last = [...messages].reverse().find((m) => m.role === "user");
  return typeof last?.content === "string" ? last.content : JSON.stringify(last?.content ?? "");
}

function kindOf(body: any): RecordedRequest["kind"] {
  if (body?.response_format?.type === "json_schema" || Array.isArray(body?.tools)) {
    return "structured";
  }
  return body?.stream === true ? "stream" : "completion";
}

function matches(matcher: CallMatcher | undefined, request: RecordedRequest): boolean {
  if (!matcher) return true;
  if (matcher.stream !== undefined && (request.kind === "stream") !== matcher.stream) return false;
  if (matcher.structured !== undefined && (request.kind === "structured") !== matcher.structured) {
    return false;
  }
  if (matcher.includes !== undefined && !lastUserText(request).includes(matcher.includes)) {
    return false;
  }
  return matcher.predicate ? matcher.predicate(request) : true;
}

function tokensOf(text: string | string[]): string[] {
  if (Array.isArray(text)) return text;
  return text.match(/\s*\S+|\s+$/g) ?? [];
}

function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class FakeAzureOpenAi {
  readonly requests: RecordedRequest[] = [];
  readonly unexpected: Array<{ request: RecordedRequest; why: string }> = [];
  private readonly script: Array<Expectation & { calls: number }> = [];
  private readonly sockets = new Set<import("node:net").Socket>();
  private server!: Server;
  url = "";
  readonly apiKey: string;
  readonly deployments: string[];
  timing: FakeTiming;

  constructor(private readonly options: FakeAzureOpenAiOptions = {}) {
    this.apiKey = options.apiKey ?? FAKE_API_KEY;
    this.deployments = options.deployments ?? [FAKE_DEPLOYMENT];
    this.timing = options.timing ?? { firstTokenMs: 0, tokensPerSecond: 0 };
  }

  static async start(options: FakeAzureOpenAiOptions = {}): Promise<FakeAzureOpenAi> {
    const fake = new FakeAzureOpenAi(options);
    await fake.listen();
    return fake;
  }

  /** Queues expected calls; each incoming call takes the first unused expectation it matches. */
  expect(...expectations: Expectation[]): this {
    for (const expectation of expectations) this.script.push({ ...expectation, calls: 0 });
    return this;
  }

  /** Throws if any call was unexpected or a required expectation was never called. */
  verify(): void {
    const problems = this.unexpected.map(
      ({ request, why }) => `unexpected ${request.kind} call to ${request.path}: ${why}`,
    );
    for (const e of this.script) {
      if (!e.optional && e.calls < (e.times ?? 1)) {
        problems.push(
          `expected call "${e.name ?? e.reply.type}" was made ${e.calls}/${e.times ?? 1} times`,
        );
      }
    }
    if (problems.length > 0) throw new Error(`fake Azure OpenAI:\n  ${problems.join("\n  ")}`);
  }

  /** Forgets the script, the recorded requests and the unexpected calls. */
  reset(): void {
    this.script.length = 0;
    this.requests.length = 0;
    this.unexpected.length = 0;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private listen(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error) => {
        if (!res.headersSent) res.writeHead(500).end(String(error));
      });
    });
    this.server.on("connection", (socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
    return new Promise((resolve) => {
      this.server.listen(0, "127.0.0.1", () => {
        this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
        resolve();
      });
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = performance.now();
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const url = new URL(req.url ?? "/", this.url);
    let body: any = null;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      body = null;
    }
    const request: RecordedRequest = {
      method: req.method ?? "",
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      raw,
      body,
      kind: kindOf(body),
      receivedAt,
      abortedByClient: false,
    };
    this.requests.push(request);
    res.on("close", () => {
      if (!res.writableFinished) request.abortedByClient = true;
    });

    const rejection = this.reject(req, url);
    if (rejection) {
      this.unexpected.push({ request, why: rejection.why });
      return this.sendJson(res, rejection.status, rejection.body);
    }
    const expectation = this.script.find(
      (e) => e.calls < (e.times ?? 1) && matches(e.match, request),
    );
    if (expectation) {
      expectation.calls++;
      request.expectation = expectation.name ?? expectation.reply.type;
      return this.reply(request, res, expectation.reply);
    }
    if (this.options.fallthrough)
      return this.reply(request, res, this.options.fallthrough(request));
    const why = `no scripted expectation matches (last user message: ${JSON.stringify(lastUserText(request).slice(-120))})`;
    this.unexpected.push({ request, why });
    console.error(`fake Azure OpenAI: UNEXPECTED CALL ${req.method} ${url.pathname}: ${why}`);
    return this.sendJson(res, 500, {
      error: {
        message: `fake-azure-openai: unexpected call: ${why}`,
        type: "server_error",
        param: null,
        code: null,
      },
    });
  }

  /** Protocol errors Azure itself returns: unknown path or deployment, no api-version, bad key. */
  private reject(req: IncomingMessage, url: URL) {
    const azure = /^\/openai\/deployments\/([^/]+)\/chat\/completions$/.exec(url.pathname);
    const v1 = /^\/(?:openai\/)?v1\/chat\/completions$/.test(url.pathname);
    const notFound = {
      status: 404,
      body: { error: { code: "404", message: "Resource not found" } },
    };
    if (req.method !== "POST" || (!azure && !v1)) return { ...notFound, why: "unknown path" };
    if (azure) {
      if (!url.searchParams.get("api-version")) return { ...notFound, why: "no api-version" };
      if (!this.deployments.includes(decodeURIComponent(azure[1] ?? ""))) {
        return {
          status: 404,
          why: "unknown deployment",
          body: {
            error: {
              code: "DeploymentNotFound",
              message:
                "The API deployment for this resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and try again.",
            },
          },
        };
      }
    }
    const key = azure ? req.headers["api-key"] : req.headers.authorization?.replace(/^Bearer /, "");
    if (key !== this.apiKey) {
      return {
        status: 401,
        why: "wrong or missing key",
        body: {
          error: {
            code: "401",
            message:
              "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.",
          },
        },
      };
    }
    return undefined;
  }

  private async reply(
    request: RecordedRequest,
    res: ServerResponse,
    reply: ScriptedReply,
  ): Promise<void> {
    switch (reply.type) {
      case "slow":
        await sleep(reply.delayMs);
        if (res.destroyed) return;
        return this.reply(request, res, reply.reply);
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
        return this.sendJson(res, reply.status ?? 500, {
          error: {
            message: "The server had an error while processing your request. Sorry about that!",
            type: "server_error",
            param: null,
            code: null,
          },
        });
      case "prompt_filter":
        return this.sendJson(res, 400, {
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
        return this.stream(request, res, reply);
      case "completion":
        return this.complete(request, res, reply.text, reply.finishReason ?? "stop");
      case "structured":
        return this.structured(request, res, reply.value);
    }
  }

  private envelope(object: string) {
    return {
      created: Math.floor(Date.now() / 1000),
      id: `chatcmpl-${randomUUID().replace(/-/g, "").slice(0, 24)}`,
      model: FAKE_MODEL_VERSION,
      object,
      system_fingerprint: "fp_fake0001",
    };
  }

  private usageFor(request: RecordedRequest, completion: string, given?: Partial<Usage>): Usage {
    const prompt =
      given?.prompt_tokens ?? estimateTokens(JSON.stringify(request.body?.messages ?? []));
    const out = given?.completion_tokens ?? estimateTokens(completion);
    return { prompt_tokens: prompt, completion_tokens: out, total_tokens: prompt + out };
  }

  private async stream(
    request: RecordedRequest,
    res: ServerResponse,
    reply: Extract<ScriptedReply, { type: "stream" }>,
  ) {
    const tokens = tokensOf(typeof reply.text === "function" ? reply.text(request) : reply.text);
    const firstTokenMs = reply.firstTokenMs ?? this.timing.firstTokenMs;
    const tps = reply.tokensPerSecond ?? this.timing.tokensPerSecond;
    const base = this.envelope("chat.completion.chunk");
    const write = (data: unknown) =>
      !res.destroyed && res.write(`data: ${JSON.stringify(data)}\n\n`);
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
      write({ ...base, choices: [], usage: this.usageFor(request, written, reply.usage) });
    }
    if (!res.destroyed) res.end("data: [DONE]\n\n");
    request.firstSentenceAt ??= performance.now();
    request.finishedAt = performance.now();
  }

  private async waitLikeGeneration(text: string) {
    const { firstTokenMs, tokensPerSecond } = this.timing;
    const tokens = tokensOf(text).length;
    await sleep(firstTokenMs + (tokensPerSecond > 0 ? (tokens * 1000) / tokensPerSecond : 0));
  }

  private async complete(
    request: RecordedRequest,
    res: ServerResponse,
    text: string,
    finish: FinishReason,
  ) {
    await this.waitLikeGeneration(text);
    this.sendJson(res, 200, {
      ...this.envelope("chat.completion"),
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
      usage: this.usageFor(request, text),
    });
  }

  private async structured(request: RecordedRequest, res: ServerResponse, value: unknown) {
    const content = typeof value === "string" ? value : JSON.stringify(value);
    await this.waitLikeGeneration(content);
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
    this.sendJson(res, 200, {
      ...this.envelope("chat.completion"),
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
      usage: this.usageFor(request, content),
    });
  }

  private sendJson(res: ServerResponse, status: number, body: unknown) {
    if (res.destroyed) return;
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(body));
    const request = this.requests.at(-1);
    if (request) request.finishedAt ??= performance.now();
  }
}

/** careline's environment for talking to this fake as an Azure OpenAI deployment. */
export function azureEnv(fake: FakeAzureOpenAi): Record<string, string> {
  return {
    AZURE_OPENAI_ENDPOINT: fake.url,
    AZURE_OPENAI_API_KEY: fake.apiKey,
    AZURE_OPENAI_DEPLOYMENT: fake.deployments[0] ?? FAKE_DEPLOYMENT,
    AZURE_OPENAI_API_VERSION: FAKE_API_VERSION,
  };
}

/** careline's environment for talking to this fake as an OpenAI-compatible server. */
export function openAiCompatibleEnv(fake: FakeAzureOpenAi): Record<string, string> {
  return {
    OPENAI_BASE_URL: `${fake.url}/v1`,
    OPENAI_API_KEY: fake.apiKey,
    OPENAI_MODEL: "local-model",
  };
}

/** Expects the answer stream (any streamed call). */
export function answerCall(
  text: Extract<ScriptedReply, { type: "stream" }>["text"],
  options: Omit<Extract<ScriptedReply, { type: "stream" }>, "type" | "text"> & {
    times?: number;
  } = {},
): Expectation {
  const { times, ...reply } = options;
  return {
    name: "answer",
    match: { stream: true },
    reply: { type: "stream", text, ...reply },
    ...(times ? { times } : {}),
  };
}

/** Expects the triage second opinion (a structured-output call). */
export function opinionCall(
  level: string,
  crisisTier = "none",
  options: { optional?: boolean; times?: number } = {},
): Expectation {
  return {
    name: "second opinion",
    match: { structured: true },
    reply: { type: "structured", value: { level, crisisTier } },
    optional: options.optional ?? false,
    ...(options.times ? { times: options.times } : {}),
  };
}
