import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { escalatingStages } from "../support/escalating-stages.ts";
import { getTranscript, sendText } from "../support/http-client.ts";
import {
  addStaff,
  escalatedConversation,
  type StaffAccount,
  StaffClient,
} from "../support/staff-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { TestSocket } from "../support/ws-client.ts";
import { databaseTargets } from "./databases.ts";

for (const target of databaseTargets()) {
  describe.skipIf(target.skip)(`care-team queue and packet, on ${target.label}`, () => {
    let server: TestServer;
    let nurse: StaffAccount;
    let clinician: StaffClient;
    let supervisor: StaffClient;
    beforeAll(async () => {
      server = await startTestServer({ database: target.database, stages: escalatingStages });
      nurse = await addStaff(server, "clinician", "Nora Nurse");
      clinician = await StaffClient.signIn(server.url, nurse);
      supervisor = await StaffClient.signIn(server.url, await addStaff(server, "supervisor"));
    });
    afterAll(() => server?.stop());

    test("lists escalations by priority, then SLA due time, with the QueueItem shape", async () => {
      const routine = await escalatedConversation(server.url, "[distress] I feel low lately");
      const urgent = await escalatedConversation(server.url, "[urgent] fever for four days");
      const emergency = await escalatedConversation(server.url);
      const { escalations } = await clinician.json("GET", "/api/staff/escalations?status=open");
      const ids = escalations.map((e: { id: string }) => e.id);
      const order = [emergency, urgent, routine].map((e) => ids.indexOf(e.escalationId));
      expect(order.every((i) => i >= 0)).toBe(true);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      const item = escalations[order[0] as number];
      expect(Object.keys(item).sort()).toEqual(
        [
          "claimedBy",
          "conversationId",
          "createdAt",
          "crisisTier",
          "id",
          "overdue",
          "priority",
          "queue",
          "reason",
          "revision",
          "slaDueAt",
          "status",
          "triage",
        ].sort(),
      );
      expect(item).toMatchObject({
        conversationId: emergency.conversation.id,
        priority: "immediate",
        queue: "clinical",
        status: "open",
        overdue: false,
        claimedBy: null,
        triage: { level: "emergency" },
      });
      const due = new Date(item.slaDueAt).getTime() - new Date(item.createdAt).getTime();
      expect(Math.abs(due - 5 * 60_000)).toBeLessThan(5_000);
    });

    test("the packet says why, shows the trigger, the ledger, the reply and the conversation", async () => {
      const { conversation, escalationId } = await escalatedConversation(
        server.url,
        "[emergency] my dad's face is drooping",
      );
      const packet = await clinician.json("GET", `/api/staff/escalations/${escalationId}`);
      expect(packet.escalation.id).toBe(escalationId);
      expect(packet.escalation.ruleIds).toEqual(
        expect.arrayContaining(["test.emergency", "escalation.emergency"]),
      );
      expect(packet.escalation.reasons).toEqual(
        expect.arrayContaining([
          { ruleId: "test.emergency", text: "The test marker [emergency] was present." },
          expect.objectContaining({ ruleId: "escalation.emergency" }),
        ]),
      );
      expect(packet.escalation.events.map((e: { kind: string }) => e.kind)).toEqual(["opened"]);
      expect(packet.trigger.text).toBe("[emergency] my dad's face is drooping");
      expect(packet.ledger).toEqual([
        expect.objectContaining({ stage: "input", checkId: "test.marker", verdict: "escalate" }),
      ]);
      expect(packet.reply).toMatchObject({
        text: "Call your emergency number now.",
        triage: { level: "emergency" },
      });
      expect(packet.conversation.id).toBe(conversation.id);
      expect(packet.conversation.messages.map((m: { role: string }) => m.role)).toEqual([
        "patient",
        "assistant",
      ]);
      expect(packet.notes).toEqual([]);
      expect(packet.sla.overdue).toBe(false);
      expect(packet.sla.msRemaining).toBeGreaterThan(0);
      expect(packet.ageMs).toBeGreaterThanOrEqual(0);
    });

    test("claim → note → message → resolve → reopen, and the patient sees a person took over", async () => {
      const { conversation, escalationId } = await escalatedConversation(server.url);
      const patient = await TestSocket.open(server.url, conversation.id, [
        "careline.v1",
        `bearer.${conversation.token}`,
      ]);
      await patient.nextOfType("ready");

      const claimed = await clinician.json("POST", `/api/staff/escalations/${escalationId}/claim`);
      expect(claimed.escalation).toMatchObject({
        status: "claimed",
        claimedBy: { id: nurse.id, displayName: "Nora Nurse" },
      });
      const update = await patient.nextOfType("conversation.update");
      expect(update.status).toBe("claimed");
      expect(update.text).toMatch(/Nora Nurse from your care team has picked up/);

      const noted = await clinician.json("POST", `/api/staff/escalations/${escalationId}/notes`, {
        text: "Called 911 with the patient's son on the line.",
      });
      expect(noted.escalation.status).toBe("claimed");

      const sent = await clinician.json(
        "POST",
        `/api/staff/conversations/${conversation.id}/messages`,
        { text: "Hello, I'm a nurse. Is someone with you now?" },
        201,
      );
      expect(sent.message).toMatchObject({
        role: "staff",
        text: "Hello, I'm a nurse. Is someone with you now?",
        author: { kind: "care_team", name: "Nora Nurse" },
      });
      const live = await patient.nextOfType("staff.message");
      expect(live.message).toEqual(sent.message);

      const resolved = await clinician.json(
        "POST",
        `/api/staff/escalations/${escalationId}/resolve`,
        { outcome: "advised_emergency_services", note: "Ambulance on the way." },
      );
      expect(resolved.escalation.status).toBe("resolved");

      const packet = await clinician.json("GET", `/api/staff/escalations/${escalationId}`);
      expect(packet.notes.map((n: { text: string }) => n.text)).toEqual([
        "Called 911 with the patient's son on the line.",
        "Ambulance on the way.",
      ]);
      expect(packet.notes[0].author).toEqual({ id: nurse.id, displayName: "Nora Nurse" });
      expect(packet.escalation.events.map((e: { kind: string }) => e.kind)).toEqual([
        "opened",
        "claimed",
        "note",
        "resolved",
        "note",
      ]);
      expect(JSON.stringify(packet.escalation.events)).not.toMatch(/Ambulance/);

      const { body } = await getTranscript(server.url, conversation);
      const staffMessages = body.messages.filter((m: { role: string }) => m.role === "staff");
      expect(staffMessages.map((m: { author: unknown }) => m.author)).toEqual([
        { kind: "care_team", name: "Nora Nurse" },
        { kind: "care_team", name: "Nora Nurse" },
      ]);
      expect(JSON.stringify(body)).not.toMatch(/Called 911 with|Ambulance on the way/);

      const reopened = await clinician.json(
        "POST",
        `/api/staff/escalations/${escalationId}/reopen`,
      );
      expect(reopened.escalation).toMatchObject({ status: "open", claimedBy: null });
      patient.close();
    });

    test("release puts it back in the queue; a supervisor can reassign it", async () => {
      const { escalationId } = await escalatedConversation(server.url);
      await clinician.json("POST", `/api/staff/escalations/${escalationId}/claim`);
      const released = await clinician.json(
        "POST",
        `/api/staff/escalations/${escalationId}/release`,
      );
      expect(released.escalation.status).toBe("open");
      const other = await addStaff(server, "clinician", "Omar Other");
      const reassigned = await supervisor.json(
        "POST",
        `/api/staff/escalations/${escalationId}/reassign`,
        { staffId: other.id },
      );
      expect(reassigned.escalation).toMatchObject({
        status: "claimed",
        claimedBy: { id: other.id, displayName: "Omar Other" },
      });
    });

    test("clinicians see open escalations and their own claims; supervisors see everyone's", async () => {
      const mine = await escalatedConversation(server.url);
      const theirs = await escalatedConversation(server.url);
      const colleague = await StaffClient.signIn(server.url, await addStaff(server, "clinician"));
      await clinician.json("POST", `/api/staff/escalations/${mine.escalationId}/claim`);
      await colleague.json("POST", `/api/staff/escalations/${theirs.escalationId}/claim`);
      const ids = async (client: StaffClient) =>
        (await client.json("GET", "/api/staff/escalations?status=claimed")).escalations.map(
          (e: { id: string }) => e.id,
        );
      expect(await ids(clinician)).toContain(mine.escalationId);
      expect(await ids(clinician)).not.toContain(theirs.escalationId);
      expect(await ids(supervisor)).toEqual(
        expect.arrayContaining([mine.escalationId, theirs.escalationId]),
      );
    });

    test("a later emergency in the same conversation raises the open escalation instead of adding one", async () => {
      const { conversation, escalationId } = await escalatedConversation(
        server.url,
        "[distress] everything is too much",
      );
      const { reply } = await sendText(server.url, conversation, "[emergency] I can't breathe");
      expect(reply.escalation?.id).toBe(escalationId);
      const packet = await clinician.json("GET", `/api/staff/escalations/${escalationId}`);
      expect(packet.escalation.priority).toBe("immediate");
      expect(packet.escalation.events.map((e: { kind: string }) => e.kind)).toEqual([
        "opened",
        "raised",
      ]);
    });
  });
}
