import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createConversation, getTranscript } from "../support/http-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { TestSocket } from "../support/ws-client.ts";

describe("patient chat over WebSocket", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ database: "pglite" });
  });
  afterAll(() => server?.stop());

  const authed = async () => {
    const conversation = await createConversation(server.url);
    const socket = await TestSocket.open(server.url, conversation.id, [
      "careline.v1",
      `bearer.${conversation.token}`,
    ]);
    await socket.nextOfType("ready");
    return { conversation, socket };
  };

  test("streams a reply as reply.delta frames then reply.done with the full reply object", async () => {
    const { conversation, socket } = await authed();
    expect(socket.ws.protocol).toBe("careline.v1");
    socket.send({ type: "user.message", text: "hello from a socket", clientMessageId: "ws-1" });
    const accepted = await socket.nextOfType("message.accepted");
    expect(accepted.message).toMatchObject({
      role: "patient",
      text: "hello from a socket",
      clientMessageId: "ws-1",
    });
    const deltas: string[] = [];
    for (;;) {
      const frame = await socket.next((f) => f.type === "reply.delta" || f.type === "reply.done");
      if (frame.type === "reply.done") {
        expect(frame.clientMessageId).toBe("ws-1");
        expect(Object.keys(frame.reply).sort()).toEqual([
          "citations",
          "escalation",
          "id",
          "safety",
          "text",
          "triage",
        ]);
        expect(deltas.join("")).toBe(frame.reply.text);
        break;
      }
      deltas.push(frame.text);
    }
    expect(deltas.length).toBeGreaterThan(0);
    const { body } = await getTranscript(server.url, conversation);
    expect(body.messages.map((m: { role: string }) => m.role)).toEqual(["patient", "assistant"]);
    socket.close();
  });

  test("accepts the token in a first auth frame instead of a subprotocol", async () => {
    const conversation = await createConversation(server.url);
    const socket = await TestSocket.open(server.url, conversation.id);
    socket.send({ type: "user.message", text: "too early", clientMessageId: "early" });
    expect((await socket.nextOfType("error")).error.code).toBe("UNAUTHORIZED");
    socket.send({ type: "auth", token: conversation.token });
    expect((await socket.nextOfType("ready")).conversationId).toBe(conversation.id);
    socket.send({ type: "user.message", text: "now it works", clientMessageId: "late" });
    expect((await socket.nextOfType("reply.done")).clientMessageId).toBe("late");
    socket.close();
  });

  test("refuses the upgrade for a wrong token offered as a subprotocol", async () => {
    const conversation = await createConversation(server.url);
    await expect(
      TestSocket.open(server.url, conversation.id, ["careline.v1", `bearer.${"w".repeat(43)}`]),
    ).rejects.toThrow(/404/);
  });

  test("closes the socket after a wrong token in the auth frame", async () => {
    const conversation = await createConversation(server.url);
    const socket = await TestSocket.open(server.url, conversation.id);
    socket.send({ type: "auth", token: "w".repeat(43) });
    expect((await socket.nextOfType("error")).error.code).toBe("NOT_FOUND");
    await expect(socket.next(() => false, 3000)).rejects.toThrow(/closed \(4404\)/);
  });

  test("answers every invalid frame with an error frame and keeps the socket open", async () => {
    const { socket } = await authed();
    const invalid: unknown[] = [
      "not json at all",
      { type: "user.message" },
      { type: "shout", text: "hi" },
      { type: "user.message", text: "", clientMessageId: "empty" },
      { type: "user.message", text: "x".repeat(4001), clientMessageId: "long" },
      { type: "user.message", text: "hi", clientMessageId: "bad id with spaces" },
      { type: "user.message", text: "hi", clientMessageId: "ok", extra: 1 },
    ];
    for (const frame of invalid) {
      socket.send(frame);
      const error = await socket.nextOfType("error");
      expect(error.error.code).toBe("BAD_REQUEST");
      expect(error.error.requestId).toBeTruthy();
    }
    socket.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    expect((await socket.nextOfType("error")).error.message).toMatch(/JSON text/);
    socket.send({ type: "user.message", text: "still here?", clientMessageId: "after-errors" });
    expect((await socket.nextOfType("reply.done")).clientMessageId).toBe("after-errors");
    socket.close();
  });

  test("a resent clientMessageId returns the stored reply instead of a duplicate", async () => {
    const { conversation, socket } = await authed();
    socket.send({ type: "user.message", text: "only once", clientMessageId: "dup" });
    const first = await socket.nextOfType("reply.done");
    socket.send({ type: "user.message", text: "only once", clientMessageId: "dup" });
    const second = await socket.nextOfType("reply.done");
    expect(second.reply.id).toBe(first.reply.id);
    const { body } = await getTranscript(server.url, conversation);
    expect(body.messages).toHaveLength(2);
    socket.close();
  });
});
