import { afterAll, beforeAll, expect, test } from "vitest";
import { answerCall, FakeAzureOpenAi, opinionCall } from "../support/fake-azure-openai.ts";
import { createConversation } from "../support/http-client.ts";
import type { TestServer } from "../support/test-server.ts";
import { metaOf, sseTurn, startModelServer } from "./model-harness.ts";

// The circuit breaker: after consecutive failed answers careline stops calling the model and
// answers guidance-only at once; after a pause one trial call goes through, and success closes it.

const PROSE = "Resting your voice can help [p1]. Sipping cool drinks may ease it [p1].";
const HALF_OPEN_AFTER_MS = 1_000;

let fake: FakeAzureOpenAi;
let server: TestServer;
beforeAll(async () => {
  fake = await FakeAzureOpenAi.start();
  server = await startModelServer(fake, {
    env: {
      CARELINE_MODEL_MAX_RETRIES: "0",
      CARELINE_MODEL_BREAKER_FAILURES: "2",
      CARELINE_MODEL_BREAKER_HALF_OPEN_MS: String(HALF_OPEN_AFTER_MS),
    },
  });
});
afterAll(async () => {
  await server?.stop();
  await fake?.close();
});

async function turn() {
  const conversation = await createConversation(server.url);
  return sseTurn(server, conversation, "I have a sore throat, what can I do?");
}

const answerCalls = () => fake.requests.filter((r) => r.kind === "stream").length;

test("opens after consecutive failures, answers guidance-only without calling the model, then half-opens and closes on success", async () => {
  fake.expect(opinionCall("info", "none", { optional: true, times: 10 }));
  fake.expect({ name: "500", match: { stream: true }, reply: { type: "server_error" }, times: 2 });
  for (let i = 0; i < 2; i++) {
    const failed = await turn();
    expect(failed.reply.safety.flags).toContain("model_unavailable");
  }
  expect(answerCalls()).toBe(2);

  // Open: no answer call reaches the model (the fake would fail loudly on one).
  const open = await turn();
  expect(open.reply.safety.flags).toContain("model_unavailable");
  expect((await metaOf(server, open.reply.id)).model).toMatchObject({ failure: "circuit_open" });
  expect(answerCalls()).toBe(2);
  fake.verify();

  // Half-open after the pause: one trial call goes through and its success closes the circuit.
  await new Promise((resolve) => setTimeout(resolve, HALF_OPEN_AFTER_MS + 100));
  fake.expect(answerCall(PROSE), answerCall(PROSE));
  const trial = await turn();
  expect(trial.reply.text).toBe(PROSE);
  const closed = await turn();
  expect(closed.reply.text).toBe(PROSE);
  expect(answerCalls()).toBe(4);
  fake.verify();
});
