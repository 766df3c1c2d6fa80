import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  createConversation,
  getTranscript,
  jsonOf,
  postMessage,
  readSse,
} from "../support/http-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

describe("patient chat over server-sent events", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ database: "pglite" });
  });
  afterAll(() => server?.stop());

  test("streams delta events and one done event carrying the full reply", async () => {
    const conversation = await createConversation(server.url);
    const response = await postMessage(
      server.url,
      conversation,
      { text: "stream me", clientMessageId: "s-1" },
      { Accept: "text/event-stream" },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const events = await readSse(response);
    expect(events[0]).toMatchObject({
      event: "accepted",
      data: { message: { text: "stream me", clientMessageId: "s-1" } },
    });
    const deltas = events.filter((e) => e.event === "delta");
    const done = events.filter((e) => e.event === "done");
    expect(deltas.length).toBeGreaterThan(0);
    expect(done).toHaveLength(1);
    expect(events.at(-1)?.event).toBe("done");
    const reply = done[0]?.data;
    expect(Object.keys(reply).sort()).toEqual([
      "citations",
      "escalation",
      "id",
      "safety",
      "text",
      "triage",
    ]);
    expect(deltas.map((e) => e.data.text).join("")).toBe(reply.text);
    const { body } = await getTranscript(server.url, conversation);
    expect(body.messages[1].id).toBe(reply.id);
  });

  test("validates before the stream starts, so bad input is still a plain 4xx", async () => {
    const conversation = await createConversation(server.url);
    const response = await postMessage(
      server.url,
      conversation,
      { text: "" },
      { Accept: "text/event-stream" },
    );
    expect(response.status).toBe(400);
    expect((await jsonOf(response)).error.code).toBe("BAD_REQUEST");
  });
});
