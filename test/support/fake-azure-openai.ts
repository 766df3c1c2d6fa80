import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type FakeTiming,
  kindOf,
  lastUserText,
  type RecordedRequest,
  type ScriptedReply,
  sendJson,
  writeReply,
} from "./fake-azure-openai-wire.ts";

export type {
  FakeTiming,
  FinishReason,
  RecordedRequest,
  ScriptedReply,
  Usage,
} from "./fake-azure-openai-wire.ts";
export { FAKE_MODEL_VERSION, lastUserText } from "./fake-azure-openai-wire.ts";

// A wire-accurate fake of Azure OpenAI chat completions (../shared/design/stack-notes.md §5) on
// 127.0.0.1:0, driven by a script of expected calls. It records every request and fails loudly on
// a call nobody scripted: it answers 500, logs it, and `verify()` throws so the test fails.

export const FAKE_API_KEY = "fake-azure-key";
export const FAKE_DEPLOYMENT = "careline-chat";
export const FAKE_API_VERSION = "2024-10-21";
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

export interface FakeAzureOpenAiOptions {
  apiKey?: string;
  deployments?: string[];
  timing?: FakeTiming;
  /** Benchmarks only: answer any call that matches no expectation with this reply instead of failing. */
  fallthrough?: (request: RecordedRequest) => ScriptedReply;
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
      return sendJson(request, res, rejection.status, rejection.body);
    }
    const expectation = this.script.find(
      (e) => e.calls < (e.times ?? 1) && matches(e.match, request),
    );
    if (expectation) {
      expectation.calls++;
      request.expectation = expectation.name ?? expectation.reply.type;
      return writeReply(request, res, expectation.reply, this.timing);
    }
    if (this.options.fallthrough)
      return writeReply(request, res, this.options.fallthrough(request), this.timing);
    const why = `no scripted expectation matches (last user message: ${JSON.stringify(lastUserText(request).slice(-120))})`;
    this.unexpected.push({ request, why });
    console.error(`fake Azure OpenAI: UNEXPECTED CALL ${req.method} ${url.pathname}: ${why}`);
    return sendJson(request, res, 500, {
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
