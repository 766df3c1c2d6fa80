import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { conversations } from "../../server/db/schema/index.ts";
import {
  createConversation,
  getTranscript,
  jsonOf,
  postMessage,
  sendText,
} from "../support/http-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { databaseTargets } from "./databases.ts";

for (const target of databaseTargets()) {
  describe.skipIf(target.skip)(`conversations API, happy paths, on ${target.label}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ database: target.database });
    });
    afterAll(() => server?.stop());

    test("creates a conversation with an unguessable token and stores only its hash", async () => {
      const created = await createConversation(server.url, { locale: "en-GB" });
      expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(Buffer.from(created.token, "base64url").length).toBeGreaterThanOrEqual(16);
      const [row] = await server.deps.database.db
        .select()
        .from(conversations)
        .where(eq(conversations.id, created.id));
      expect(row?.locale).toBe("en-GB");
      expect(row?.tokenHash).not.toContain(created.token);
      expect(row?.tokenHash).toBe(createHash("sha256").update(created.token).digest("hex"));
    });

    test("creates a conversation without a body, in the default locale", async () => {
      const response = await fetch(`${server.url}/api/conversations`, { method: "POST" });
      expect(response.status).toBe(201);
      expect(Object.keys(await jsonOf(response)).sort()).toEqual(["id", "token"]);
    });

    test("answers a message with the stored message and the full reply object", async () => {
      const conversation = await createConversation(server.url);
      const response = await postMessage(server.url, conversation, {
        text: "Hello, can you help me?",
        clientMessageId: "c-1",
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("x-request-id")).toBeTruthy();
      const body = await jsonOf(response);
      expect(body.message).toMatchObject({
        role: "patient",
        text: "Hello, can you help me?",
        clientMessageId: "c-1",
      });
      expect(Object.keys(body.reply).sort()).toEqual([
        "citations",
        "escalation",
        "id",
        "safety",
        "text",
        "triage",
      ]);
      expect(body.reply.triage.level).toMatch(/^(emergency|urgent|routine|self_care|info)$/);
      expect(Array.isArray(body.reply.triage.reasons)).toBe(true);
      expect(Array.isArray(body.reply.safety.flags)).toBe(true);
      expect(Array.isArray(body.reply.citations)).toBe(true);
      expect(body.reply.text.length).toBeGreaterThan(0);
    });

    test("returns the transcript in order with each reply's triage, flags and citations", async () => {
      const conversation = await createConversation(server.url);
      const first = await sendText(server.url, conversation, "first question");
      const second = await sendText(server.url, conversation, "second question");
      const { status, body } = await getTranscript(server.url, conversation);
      expect(status).toBe(200);
      expect(body.conversation.id).toBe(conversation.id);
      expect(body.messages.map((m: { role: string; text: string }) => [m.role, m.text])).toEqual([
        ["patient", "first question"],
        ["assistant", first.reply.text],
        ["patient", "second question"],
        ["assistant", second.reply.text],
      ]);
      const reply = body.messages[1];
      expect(reply.id).toBe(first.reply.id);
      expect(reply).toMatchObject({
        triage: first.reply.triage,
        safety: first.reply.safety,
        citations: first.reply.citations,
      });
    });

    test("a retry with the same clientMessageId returns the same message and reply, never a duplicate", async () => {
      const conversation = await createConversation(server.url);
      const first = await sendText(server.url, conversation, "is this stored once?", "retry-1");
      const again = await sendText(server.url, conversation, "is this stored once?", "retry-1");
      const [a, b] = await Promise.all([
        sendText(server.url, conversation, "racing retry", "retry-2"),
        sendText(server.url, conversation, "racing retry", "retry-2"),
      ]);
      expect(again.message.id).toBe(first.message.id);
      expect(again.reply.id).toBe(first.reply.id);
      expect(b.reply.id).toBe(a.reply.id);
      const { body } = await getTranscript(server.url, conversation);
      expect(body.messages).toHaveLength(4);
    });

    test("stores HTML and script text verbatim as data and returns it as JSON", async () => {
      const conversation = await createConversation(server.url);
      const hostile = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
      const sent = await sendText(server.url, conversation, hostile);
      expect(sent.message.text).toBe(hostile);
      const { body } = await getTranscript(server.url, conversation);
      expect(body.messages[0].text).toBe(hostile);
    });

    test("reports readiness with the database and model mode in use", async () => {
      const response = await fetch(`${server.url}/readyz`);
      expect(response.status).toBe(200);
      const body = await jsonOf(response);
      expect(body.database.kind).toBe(target.database);
      expect(body.database.migrations.applied).toBe(body.database.migrations.expected);
      expect(body.model.mode).toBe("guidance-only");
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    });
  });
}
