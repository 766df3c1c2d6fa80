import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { escalatingStages } from "../support/escalating-stages.ts";
import { createConversation, sendText } from "../support/http-client.ts";
import {
  addStaff,
  escalatedConversation,
  type StaffAccount,
  StaffClient,
  StaffSocket,
} from "../support/staff-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { databaseTargets } from "./databases.ts";

for (const target of databaseTargets()) {
  describe.skipIf(target.skip)(`the console socket, on ${target.label}`, () => {
    let server: TestServer;
    let nurse: StaffAccount;
    let client: StaffClient;
    let socket: StaffSocket;
    beforeAll(async () => {
      server = await startTestServer({ database: target.database, stages: escalatingStages });
      nurse = await addStaff(server, "clinician", "Lina Live");
      client = await StaffClient.signIn(server.url, nurse);
      socket = await StaffSocket.open(server.url, client.cookie);
      await socket.next((f) => f.type === "ready");
    });
    afterAll(async () => {
      socket?.close();
      await server?.stop();
    });

    test("announces a new escalation within a second, then each change to it", async () => {
      const started = Date.now();
      const { escalationId } = await escalatedConversation(server.url);
      const created = await socket.next(
        (f) => f.type === "escalation.created" && f.escalation.id === escalationId,
        1_000 + (Date.now() - started),
      );
      expect(created.escalation).toMatchObject({ status: "open", priority: "immediate" });
      await client.json("POST", `/api/staff/escalations/${escalationId}/claim`);
      const updated = await socket.next(
        (f) => f.type === "escalation.updated" && f.escalation.id === escalationId,
      );
      expect(updated.escalation.claimedBy).toEqual({ id: nurse.id, displayName: "Lina Live" });
    });

    test("sends a watched conversation's new messages, and only after the watch was audited", async () => {
      const { conversation } = await escalatedConversation(server.url);
      await sendText(server.url, conversation, "before watching");
      socket.send({ type: "watch", conversationId: conversation.id });
      await socket.next((f) => f.type === "watching" && f.conversationId === conversation.id);
      await sendText(server.url, conversation, "is anyone there?");
      const patient = await socket.next(
        (f) => f.type === "message.created" && f.message.role === "patient",
      );
      expect(patient).toMatchObject({
        conversationId: conversation.id,
        message: { text: "is anyone there?" },
      });
      expect(socket.frames.some((f) => f.message?.text === "before watching")).toBe(false);
      await client.json(
        "POST",
        `/api/staff/conversations/${conversation.id}/messages`,
        { text: "Yes, I'm here." },
        201,
      );
      const staff = await socket.next(
        (f) => f.type === "message.created" && f.message.role === "staff",
      );
      expect(staff.message.author).toEqual({ kind: "care_team", name: "Lina Live" });
      const supervisor = await StaffClient.signIn(server.url, await addStaff(server, "supervisor"));
      const { events } = await supervisor.json(
        "GET",
        `/api/staff/audit?conversationId=${conversation.id}&action=conversation.read`,
      );
      expect(events[0].detail).toEqual({ live: true });
      socket.send({ type: "unwatch", conversationId: conversation.id });
    });

    test("refuses to watch a conversation that was never escalated", async () => {
      const quiet = await createConversation(server.url);
      socket.send({ type: "watch", conversationId: quiet.id });
      const error = await socket.next((f) => f.type === "error");
      expect(error.error.code).toBe("NOT_FOUND");
      await sendText(server.url, quiet, "private question");
      await new Promise((r) => setTimeout(r, 300));
      expect(socket.frames.some((f) => f.type === "message.created")).toBe(false);
    });

    test("answers a malformed frame with an error and stays open", async () => {
      socket.ws.send("not json");
      expect((await socket.next((f) => f.type === "error")).error.code).toBe("BAD_REQUEST");
      socket.send({ type: "subscribe-all" });
      expect((await socket.next((f) => f.type === "error")).error.code).toBe("BAD_REQUEST");
      expect(socket.closed).toBeUndefined();
    });

    test("logging out closes that session's sockets", async () => {
      const other = await StaffClient.signIn(server.url, nurse);
      const own = await StaffSocket.open(server.url, other.cookie);
      await own.next((f) => f.type === "ready");
      await other.json("POST", "/api/staff/logout", undefined, 204);
      expect(await own.waitClosed()).toBe(4401);
      expect(socket.closed).toBeUndefined();
    });
  });
}
