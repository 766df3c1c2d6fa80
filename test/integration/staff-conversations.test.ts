import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { escalatingStages } from "../support/escalating-stages.ts";
import { createConversation, getTranscript, jsonOf, sendText } from "../support/http-client.ts";
import { addStaff, escalatedConversation, StaffClient } from "../support/staff-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

describe("care-team access to conversations", () => {
  let server: TestServer;
  let nurse: StaffClient;
  beforeAll(async () => {
    server = await startTestServer({ database: "pglite", stages: escalatingStages });
    nurse = await StaffClient.signIn(server.url, await addStaff(server, "clinician", "Nia Nurse"));
  });
  afterAll(() => server?.stop());

  test("reads an escalated conversation with each turn's safety ledger and its escalations", async () => {
    const { conversation, escalationId } = await escalatedConversation(server.url);
    await sendText(server.url, conversation, "thank you");
    const body = await nurse.json("GET", `/api/staff/conversations/${conversation.id}`);
    expect(body.conversation.id).toBe(conversation.id);
    expect(body.messages.map((m: { role: string }) => m.role)).toEqual([
      "patient",
      "assistant",
      "patient",
      "assistant",
    ]);
    expect(body.messages[0].ledger).toEqual([
      expect.objectContaining({ checkId: "test.marker", verdict: "escalate" }),
    ]);
    expect(body.messages[2].ledger[0].verdict).toBe("allow");
    expect(body.messages[1].ledger).toBeUndefined();
    expect(body.escalations.map((e: { id: string }) => e.id)).toEqual([escalationId]);
  });

  test("a conversation that was never escalated is 404, exactly like one that doesn't exist", async () => {
    const quiet = await createConversation(server.url);
    await sendText(server.url, quiet, "what are the opening hours?");
    const never = await nurse.get(`/api/staff/conversations/${quiet.id}`);
    const missing = await nurse.get(
      "/api/staff/conversations/00000000-0000-4000-8000-000000000009",
    );
    expect(never.status).toBe(404);
    expect(missing.status).toBe(404);
    expect((await jsonOf(never)).error.message).toBe((await jsonOf(missing)).error.message);
    const message = await nurse.post(`/api/staff/conversations/${quiet.id}/messages`, {
      text: "Hello from the care team",
    });
    expect(message.status).toBe(404);
    const { body } = await getTranscript(server.url, quiet);
    expect(body.messages.map((m: { role: string }) => m.role)).toEqual(["patient", "assistant"]);
  });

  test("a staff message is stored as the care team's, never as the assistant's", async () => {
    const { conversation } = await escalatedConversation(server.url);
    await nurse.json(
      "POST",
      `/api/staff/conversations/${conversation.id}/messages`,
      { text: "I'm reading your messages now." },
      201,
    );
    const { body } = await getTranscript(server.url, conversation);
    const last = body.messages.at(-1);
    expect(last).toMatchObject({
      role: "staff",
      text: "I'm reading your messages now.",
      author: { kind: "care_team", name: "Nia Nurse" },
    });
    expect(last.triage).toBeUndefined();
  });

  test("rejects an empty, oversized or non-text staff message with 400", async () => {
    const { conversation } = await escalatedConversation(server.url);
    for (const body of [{ text: "   " }, { text: "x".repeat(4001) }, { text: 42 }, {}]) {
      const response = await nurse.post(
        `/api/staff/conversations/${conversation.id}/messages`,
        body,
      );
      expect(response.status).toBe(400);
    }
  });
});
