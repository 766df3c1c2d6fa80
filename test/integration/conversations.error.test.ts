import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  createConversation,
  getTranscript,
  jsonOf,
  postMessage,
  sendText,
} from "../support/http-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { databaseTargets } from "./databases.ts";

async function expectError(response: Response, status: number, code: string, message?: RegExp) {
  expect(response.status).toBe(status);
  const body = await jsonOf(response);
  expect(Object.keys(body)).toEqual(["error"]);
  expect(Object.keys(body.error).sort()).toEqual(["code", "message", "requestId"]);
  expect(body.error.code).toBe(code);
  expect(body.error.requestId).toBe(response.headers.get("x-request-id"));
  if (message) expect(body.error.message).toMatch(message);
  return body.error as { code: string; message: string };
}

for (const target of databaseTargets()) {
  describe.skipIf(target.skip)(`conversations API, bad input, on ${target.label}`, () => {
    let server: TestServer;
    let conversation: { id: string; token: string };
    beforeAll(async () => {
      server = await startTestServer({ database: target.database });
      conversation = await createConversation(server.url);
      await sendText(server.url, conversation, "a message that must survive bad input", "keep-1");
    });
    afterAll(() => server?.stop());

    const badBodies: Array<[string, unknown, RegExp]> = [
      ["empty text", { text: "" }, /text: must not be empty/],
      ["whitespace-only text", { text: " \n\t " }, /text: must not be empty/],
      ["text over 4,000 characters", { text: "a".repeat(4001) }, /at most 4000 characters/],
      ["missing text", { clientMessageId: "x" }, /text/],
      ["text that is not a string", { text: 42 }, /text: must be a string/],
      ["unknown fields", { text: "hi", admin: true }, /unknown field\(s\): admin/],
      ["control characters", { text: "hi\u0000there\u001b[2J" }, /control characters/],
      ["unpaired surrogates", { text: "bad \ud800 text" }, /valid Unicode/],
      [
        "a malformed clientMessageId",
        { text: "hi", clientMessageId: "has spaces <b>" },
        /clientMessageId/,
      ],
    ];
    test.each(badBodies)("rejects %s with a clear 400", async (_name, body, message) => {
      await expectError(
        await postMessage(server.url, conversation, body),
        400,
        "BAD_REQUEST",
        message,
      );
    });

    test("accepts exactly 4,000 characters", async () => {
      const response = await postMessage(server.url, conversation, { text: "b".repeat(4000) });
      expect(response.status).toBe(200);
    });

    test("rejects malformed JSON", async () => {
      await expectError(
        await postMessage(server.url, conversation, '{"text": "hi"'),
        400,
        "BAD_REQUEST",
        /not valid JSON/,
      );
    });

    test("rejects a binary body", async () => {
      const response = await fetch(`${server.url}/api/conversations/${conversation.id}/messages`, {
        method: "POST",
        headers: {
          Authorization: `Bearer ${conversation.token}`,
          "Content-Type": "application/json",
        },
        body: new Uint8Array([0xff, 0xfe, 0x00, 0x01, 0x89, 0x50, 0x4e, 0x47]),
      });
      await expectError(response, 400, "BAD_REQUEST");
    });

    test("rejects the wrong content type with 415", async () => {
      const response = await postMessage(server.url, conversation, "text=hi", {
        "Content-Type": "application/x-www-form-urlencoded",
      });
      await expectError(response, 415, "UNSUPPORTED_MEDIA_TYPE", /application\/json/);
    });

    test("rejects a body over the size limit with 413", async () => {
      const response = await postMessage(server.url, conversation, { text: "c".repeat(40_000) });
      await expectError(response, 413, "PAYLOAD_TOO_LARGE");
    });

    test("rejects an Accept type it cannot produce with 406", async () => {
      const response = await postMessage(
        server.url,
        conversation,
        { text: "hi" },
        { Accept: "text/html" },
      );
      await expectError(response, 406, "NOT_ACCEPTABLE");
    });

    test("rejects an invalid locale when creating a conversation", async () => {
      const response = await fetch(`${server.url}/api/conversations`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ locale: "<script>" }),
      });
      await expectError(response, 400, "BAD_REQUEST", /locale/);
    });

    test("answers an unknown route with the same error shape", async () => {
      await expectError(await fetch(`${server.url}/api/nope`), 404, "NOT_FOUND");
    });

    test("loses nothing already saved when bad input arrives", async () => {
      const { body } = await getTranscript(server.url, conversation);
      expect(body.messages[0]).toMatchObject({
        text: "a message that must survive bad input",
        clientMessageId: "keep-1",
      });
      expect(
        body.messages
          .filter((m: { role: string }) => m.role === "patient")
          .map((m: { text: string }) => m.text),
      ).not.toContain("");
    });
  });
}

describe("internal failures", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      database: "pglite",
      stages: {
        retrieve: async () => {
          throw new Error("connection to 10.0.0.7 refused: secret internal detail");
        },
      },
    });
  });
  afterAll(() => server?.stop());

  test("a 5xx body never carries a stack trace or an internal message", async () => {
    const conversation = await createConversation(server.url);
    const response = await postMessage(server.url, conversation, { text: "hello" });
    const error = await expectError(response, 500, "INTERNAL_SERVER_ERROR");
    expect(JSON.stringify(error)).not.toMatch(/secret|10\.0\.0\.7|at .*\.ts/);
    const { body } = await getTranscript(server.url, conversation);
    expect(body.messages[0].text).toBe("hello");
  });
});
