import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import {
  answerCall,
  type Expectation,
  FakeAzureOpenAi,
  opinionCall,
  type RecordedRequest,
} from "../support/fake-azure-openai.ts";
import { type Created, createConversation, getTranscript } from "../support/http-client.ts";
import type { TestServer } from "../support/test-server.ts";
import {
  metaOf,
  type StreamedTurn,
  sseTurn,
  sseVisible,
  startModelServer,
} from "./model-harness.ts";

// When the model is slow, limited, failing, filtered, cut off or gone, the patient still gets an
// answer: the guidance-only one, flagged model_unavailable, with nothing lost and the event logged.

const PROSE =
  "Resting your voice can help [p1]. Sipping cool drinks may ease it [p1]. Honey soothes too [p1].";
const QUESTION = "I have a sore throat, what can I do?";

let fake: FakeAzureOpenAi;
let server: TestServer;
beforeAll(async () => {
  fake = await FakeAzureOpenAi.start();
  server = await startModelServer(fake, {
    env: {
      // Short enough for quick tests, long enough that a busy CI machine never trips them by itself.
      CARELINE_MODEL_FIRST_TOKEN_TIMEOUT_MS: "1500",
      CARELINE_MODEL_IDLE_TIMEOUT_MS: "1500",
      CARELINE_MODEL_TOTAL_TIMEOUT_MS: "8000",
      CARELINE_MODEL_MAX_RETRIES: "2",
      CARELINE_MODEL_BREAKER_FAILURES: "1000",
    },
  });
  // One ordinary turn first, so no test's timeouts also pay for a cold start.
  fake.expect(opinionCall("info", "none", { optional: true }), answerCall(PROSE));
  await sseTurn(server, await createConversation(server.url), QUESTION);
  fake.verify();
  fake.reset();
});
afterAll(async () => {
  await server?.stop();
  await fake?.close();
});
afterEach(() => {
  try {
    fake.verify();
  } finally {
    fake.reset();
  }
});

function answers(): RecordedRequest[] {
  return fake.requests.filter((r) => r.kind === "stream");
}

let conversation: Created;

async function turnWith(...script: Expectation[]): Promise<StreamedTurn> {
  fake.expect(opinionCall("info", "none", { optional: true }), ...script);
  conversation = await createConversation(server.url);
  return sseTurn(server, conversation, QUESTION);
}

async function expectGuidanceOnly(turn: StreamedTurn, failure: string) {
  expect(turn.reply.safety.flags).toContain("model_unavailable");
  expect(turn.reply.text).not.toContain("Resting your voice");
  expect(turn.reply.text.length).toBeGreaterThan(0);
  expect(sseVisible(turn)).toBe(turn.reply.text);
  const meta = await metaOf(server, turn.reply.id);
  expect(meta.responder).toBe("guidance");
  expect(meta.model).toMatchObject({ failure });
  const logged = server.logs.find(
    (line) =>
      line.msg === "model unavailable: the guidance-only answer was sent" &&
      line.requestId === turn.requestId,
  );
  expect(logged).toMatchObject({ level: "warn", model: { failure } });
}

const rateLimited = (retryAfterMs: number, times: number): Expectation => ({
  name: "429",
  match: { stream: true },
  reply: { type: "rate_limit", retryAfterMs },
  times,
});
const serverError = (times: number): Expectation => ({
  name: "500",
  match: { stream: true },
  reply: { type: "server_error" },
  times,
});

describe("retries", () => {
  test("waits out a 429's retry-after-ms, retries once, and answers from the model", async () => {
    const turn = await turnWith(rateLimited(300, 1), answerCall(PROSE));
    expect(await metaOf(server, turn.reply.id)).toMatchObject({ responder: "model" });
    expect(turn.reply.text).toBe(PROSE);
    expect(turn.reply.safety.flags).toEqual([]);
    const [first, second] = answers();
    expect(answers().map((r) => r.headers["x-stainless-retry-count"])).toEqual(["0", "1"]);
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(290);
    expect((await metaOf(server, turn.reply.id)).attempts).toBe(2);
  });

  test("answers guidance-only when 429s outlast the retries", async () => {
    const turn = await turnWith(rateLimited(50, 3));
    expect(answers().map((r) => r.headers["x-stainless-retry-count"])).toEqual(["0", "1", "2"]);
    await expectGuidanceOnly(turn, "rate_limited");
  });

  test("does not wait out a retry-after longer than the reply's deadline", async () => {
    const turn = await turnWith(rateLimited(60_000, 1));
    expect(answers()).toHaveLength(1);
    await expectGuidanceOnly(turn, "rate_limited");
  });

  test("retries a 500 and answers from the model", async () => {
    const turn = await turnWith(serverError(1), answerCall(PROSE));
    expect(turn.reply.text).toBe(PROSE);
    expect(answers().map((r) => r.headers["x-stainless-retry-count"])).toEqual(["0", "1"]);
  });

  test("answers guidance-only when the 5xx errors outlast the retries", async () => {
    const turn = await turnWith(serverError(3));
    expect(answers()).toHaveLength(3);
    await expectGuidanceOnly(turn, "server_error");
  });
});

describe("refusals and broken streams", () => {
  test("a prompt content filter (HTTP 400) is not retried", async () => {
    const turn = await turnWith({
      name: "filtered prompt",
      match: { stream: true },
      reply: { type: "prompt_filter" },
    });
    expect(answers()).toHaveLength(1);
    await expectGuidanceOnly(turn, "content_filter");
  });

  test("finish_reason content_filter retracts what was shown", async () => {
    const turn = await turnWith(answerCall(PROSE, { finishReason: "content_filter" }));
    expect(turn.deltas[0]).toBe("Resting your voice can help [p1].");
    expect(turn.retracted).toEqual(["model_unavailable"]);
    await expectGuidanceOnly(turn, "content_filter");
  });

  test("a stream cut off without a finish_reason is retracted and replaced", async () => {
    const turn = await turnWith(answerCall(PROSE, { finishReason: null }));
    expect(turn.retracted).toEqual(["model_unavailable"]);
    await expectGuidanceOnly(turn, "cut_off");
  });

  test("a malformed chunk mid-stream is retracted and replaced", async () => {
    const turn = await turnWith(answerCall(PROSE, { garbleAfterChunks: 9 }));
    expect(answers()).toHaveLength(1);
    expect(turn.retracted).toEqual(["model_unavailable"]);
    await expectGuidanceOnly(turn, "cut_off");
  });

  test("a disconnect mid-stream is retracted and replaced, not retried", async () => {
    const turn = await turnWith(answerCall(PROSE, { disconnectAfterChunks: 9 }));
    expect(answers()).toHaveLength(1);
    expect(turn.retracted).toEqual(["model_unavailable"]);
    await expectGuidanceOnly(turn, "connection");
  });
});

describe("timeouts", () => {
  test("a first token slower than the limit is retried, then answered guidance-only", async () => {
    const slow: Expectation = {
      name: "slow headers",
      match: { stream: true },
      reply: { type: "slow", delayMs: 4_000, reply: { type: "stream", text: PROSE } },
      times: 3,
    };
    const turn = await turnWith(slow);
    expect(answers()).toHaveLength(3);
    await expectGuidanceOnly(turn, "timeout");
    expect((await metaOf(server, turn.reply.id)).model).toMatchObject({ phase: "first_token" });
  });

  test("a stream that stalls is cut at the idle limit, retracted and replaced", async () => {
    const turn = await turnWith(answerCall(PROSE, { stallAfterChunks: 9 }));
    expect(answers()).toHaveLength(1);
    expect(turn.retracted).toEqual(["model_unavailable"]);
    await expectGuidanceOnly(turn, "timeout");
    expect((await metaOf(server, turn.reply.id)).model).toMatchObject({ phase: "idle" });
    // careline hung up on the stalled stream instead of leaving it open.
    await vi.waitFor(() => expect(answers()[0]?.abortedByClient).toBe(true));
  });

  test("a stream slower than the total limit is cut, retracted and replaced", async () => {
    const turn = await turnWith(
      answerCall(`${PROSE} ${PROSE} ${PROSE} ${PROSE}`, { tokensPerSecond: 5 }),
    );
    await expectGuidanceOnly(turn, "timeout");
    expect((await metaOf(server, turn.reply.id)).model).toMatchObject({ phase: "total" });
  });

  test("loses nothing: the patient message and the replacement reply are both stored", async () => {
    const turn = await turnWith(serverError(3));
    const { body } = await getTranscript(server.url, conversation);
    expect(body.messages.map((m: { role: string; text: string }) => [m.role, m.text])).toEqual([
      ["patient", QUESTION],
      ["assistant", turn.reply.text],
    ]);
    expect(body.messages[1].safety.flags).toContain("model_unavailable");
  });
});
