import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createConversation, jsonOf, sendText } from "../support/http-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

const open = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/conversations`, { method: "POST", headers });

describe("new conversations are limited per client address", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      database: "pglite",
      env: { CARELINE_NEW_CONVERSATIONS_PER_MINUTE: "3" },
    });
  });
  afterAll(() => server?.stop());

  test("the fourth in a minute gets 429 with Retry-After; messages in an open conversation never do", async () => {
    const first = await createConversation(server.url);
    for (let i = 0; i < 2; i += 1) expect((await open(server.url)).status).toBe(201);

    const refused = await open(server.url);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    const body = await jsonOf(refused);
    expect(body.error.code).toBe("TOO_MANY_REQUESTS");
    expect(body.error.requestId).toBe(refused.headers.get("x-request-id"));

    // Far more messages than the conversation limit, ending in an emergency: all answered.
    for (let i = 0; i < 6; i += 1) {
      const turn = await sendText(server.url, first, `question ${i} about hay fever`);
      expect(turn.reply.text.length).toBeGreaterThan(0);
    }
    const emergency = await sendText(server.url, first, "crushing chest pain now");
    expect(emergency.reply.triage.level).toBe("emergency");
  });

  test("X-Forwarded-For is ignored unless careline is told it sits behind a proxy", async () => {
    const spoofed = await open(server.url, { "X-Forwarded-For": "203.0.113.9" });
    expect(spoofed.status).toBe(429);
  });
});

describe("behind a trusted proxy, each forwarded client has its own budget", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      database: "pglite",
      env: { CARELINE_NEW_CONVERSATIONS_PER_MINUTE: "1", CARELINE_TRUST_PROXY: "true" },
    });
  });
  afterAll(() => server?.stop());

  test("the proxy's last X-Forwarded-For entry is the client", async () => {
    const a = { "X-Forwarded-For": "198.51.100.7" };
    expect((await open(server.url, a)).status).toBe(201);
    expect((await open(server.url, a)).status).toBe(429);
    // A client prepending a forged address does not escape its own bucket.
    expect((await open(server.url, { "X-Forwarded-For": "10.9.9.9, 198.51.100.7" })).status).toBe(
      429,
    );
    expect((await open(server.url, { "X-Forwarded-For": "198.51.100.8" })).status).toBe(201);
  });
});
