import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import {
  answerCall,
  FakeAzureOpenAi,
  type lastUserText,
  opinionCall,
} from "../support/fake-azure-openai.ts";
import { createConversation, jsonOf, postMessage, sendText } from "../support/http-client.ts";
import type { TestServer } from "../support/test-server.ts";
import {
  ledgerOf,
  metaOf,
  readSseTimed,
  socketTurn,
  sseTurn,
  sseVisible,
  startModelServer,
} from "./model-harness.ts";

// The model behind the guardrails, through the real server and client stack against the fake
// Azure OpenAI: what streams, what waits, and what is retracted when an output check fails.

const QUESTION = "I have a sore throat, what can I do?";
// As the model streams it (word tokens with leading spaces), so each checked sentence is a delta.
const PROSE = [
  "I'm sorry your throat hurts [p1].",
  " Resting and sipping cool drinks can help [p1].",
  " Warm salt water gargles may ease it [p1].",
];

let fake: FakeAzureOpenAi;
let server: TestServer;
beforeAll(async () => {
  fake = await FakeAzureOpenAi.start();
  server = await startModelServer(fake, { rules: [{ includes: "[urgent]", level: "urgent" }] });
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

describe("a model answer on each transport", () => {
  test("reports the model mode in /readyz", async () => {
    const response = await fetch(`${server.url}/readyz`);
    expect((await jsonOf(response)).model).toEqual({ mode: "azure-openai" });
  });

  test("streams low-risk prose over SSE one checked sentence at a time and stores its provenance", async () => {
    fake.expect(opinionCall("info"), answerCall(PROSE.join("")));
    const conversation = await createConversation(server.url);
    const turn = await sseTurn(server, conversation, QUESTION);

    expect(turn.deltas).toEqual(PROSE);
    expect(turn.retracted).toEqual([]);
    expect(turn.reply.text).toBe(PROSE.join(""));
    expect(turn.reply.safety.flags).toEqual([]);
    expect(turn.reply.citations).toHaveLength(1);
    expect(turn.reply.citations[0]).toMatchObject({ documentId: expect.any(String), version: 1 });

    const meta = await metaOf(server, turn.reply.id);
    expect(meta).toMatchObject({
      responder: "model",
      prompt: "careline.answer@1.0.0",
      provider: "azure-openai",
      model: "careline-chat",
      deployment: "careline-chat",
      modelVersion: "gpt-4o-2024-08-06",
      usage: { inputTokens: expect.any(Number), outputTokens: expect.any(Number) },
      latencyMs: { firstToken: expect.any(Number), total: expect.any(Number) },
      attempts: 1,
      output: { policyVersion: "1.0.0", sentences: 3, held: 0 },
    });
    expect(meta.passageIds.length).toBeGreaterThan(0);
    const answer = fake.requests.find((r) => r.kind === "stream");
    for (const [i, id] of (meta.passageIds as string[]).entries()) {
      expect(answer?.raw).toContain(`[p${i + 1}]`);
      expect(typeof id).toBe("string");
    }

    const ledger = await ledgerOf(server, turn.reply.id);
    const output = ledger.filter((e) => e.stage === "output");
    expect(output.map((e) => e.checkId).sort()).toEqual([
      "output.citation",
      "output.crisis",
      "output.diagnosis",
      "output.dosing",
      "output.leak",
      "output.reassurance",
    ]);
    expect(output.every((e) => e.verdict === "allow")).toBe(true);
    expect(ledger.find((e) => e.checkId === "input.model_triage")).toMatchObject({
      stage: "input",
      verdict: "allow",
    });
  });

  test("streams over the WebSocket as reply.delta frames and a reply.done", async () => {
    fake.expect(opinionCall("info"), answerCall(PROSE.join("")));
    const conversation = await createConversation(server.url);
    const turn = await socketTurn(server, conversation, QUESTION);
    expect(turn.deltas).toEqual(PROSE);
    expect(turn.reply.text).toBe(PROSE.join(""));
  });

  test("answers a JSON request with the checked reply", async () => {
    fake.expect(opinionCall("info"), answerCall(PROSE.join("")));
    const conversation = await createConversation(server.url);
    const { reply } = await sendText(server.url, conversation, QUESTION);
    expect(reply.text).toBe(PROSE.join(""));
    expect(reply.safety.flags).toEqual([]);
  });

  test("holds sentences with numbers or medicine names until the model has finished the draft", async () => {
    const text =
      "Rest your voice when you can [p1]. Paracetamol can ease the pain [p1]. Most sore throats get better within a week [p1].";
    fake.expect(opinionCall("info"), answerCall(text, { tokensPerSecond: 40 }));
    const conversation = await createConversation(server.url);
    const response = await postMessage(
      server.url,
      conversation,
      { text: QUESTION },
      { Accept: "text/event-stream" },
    );
    const events = await readSseTimed(response);
    const deltas = events.filter((e) => e.event === "delta");
    const finished = fake.requests.find((r) => r.kind === "stream")?.finishedAt ?? 0;

    expect(deltas.map((e) => e.data.text)).toEqual([
      "Rest your voice when you can [p1].",
      " Paracetamol can ease the pain [p1].",
      " Most sore throats get better within a week [p1].",
    ]);
    expect(deltas[0]?.at).toBeLessThan(finished);
    expect(deltas[1]?.at).toBeGreaterThanOrEqual(finished);
    const done = events.find((e) => e.event === "done");
    expect((await metaOf(server, done?.data.id)).output).toMatchObject({ sentences: 3, held: 2 });
  });
});

// Each output check, on the streamed path: the first sentence is released, the second breaks a
// rule, and the patient sees the draft retracted and the guidance-only answer instead.
const FIRST = "Resting your voice can help [p1]. ";
const violations = [
  {
    check: "output.citation",
    rule: "output.citation.unknown",
    text: `${FIRST}Salt water gargles help [p42].`,
  },
  {
    check: "output.dosing",
    rule: "output.dosing.amount",
    text: `${FIRST}You can take 400 mg of ibuprofen.`,
  },
  {
    check: "output.diagnosis",
    rule: "output.diagnosis.claim",
    text: `${FIRST}You probably have strep throat.`,
  },
  {
    check: "output.reassurance",
    rule: "output.reassurance.dismissive",
    message: `${QUESTION} [urgent]`,
    text: `${FIRST}It's nothing to worry about.`,
  },
  {
    check: "output.leak",
    rule: "output.leak.instructions",
    text: `${FIRST}My orders read: you are careline, an AI assistant that a health service runs for its patients.`,
  },
  {
    check: "output.leak",
    rule: "output.leak.canary",
    text: (request: Parameters<typeof lastUserText>[0]) => {
      const canary = /Private marker: (cl[0-9a-f]+)/.exec(request.body.messages[0].content)?.[1];
      return `${FIRST}The marker is ${canary}.`;
    },
  },
  {
    check: "output.crisis",
    rule: "output.self_harm.lethality",
    text: `${FIRST}Taking 50 paracetamol tablets would be a lethal dose.`,
  },
];

describe.each(["sse", "websocket"] as const)("output checks on the %s stream", (transport) => {
  test.each(violations)(
    "$check ($rule) retracts the draft and sends the guidance-only answer",
    async (v) => {
      fake.expect(opinionCall("info", "none", { optional: true }), answerCall(v.text));
      const conversation = await createConversation(server.url);
      const message = v.message ?? QUESTION;
      const turn =
        transport === "sse"
          ? await sseTurn(server, conversation, message)
          : await socketTurn(server, conversation, message);

      expect(turn.deltas[0]).toBe(FIRST.trimEnd());
      expect(turn.retracted).toEqual(["output_check_failed"]);
      expect(turn.reply.safety.flags).toContain("output_check_failed");
      expect(turn.reply.text).not.toContain(FIRST.trim());
      expect(turn.reply.text.length).toBeGreaterThan(0);
      if (transport === "sse") expect(sseVisible(turn as never)).toBe(turn.reply.text);
      const ledger = await ledgerOf(server, turn.reply.id);
      const entry = ledger.find((e) => e.stage === "output" && e.checkId === v.check);
      expect(entry).toMatchObject({ verdict: "block" });
      expect(entry?.ruleIds).toContain(v.rule);
      expect((await metaOf(server, turn.reply.id)).model).toMatchObject({
        blockedBy: expect.arrayContaining([v.rule]),
      });
    },
  );
});
