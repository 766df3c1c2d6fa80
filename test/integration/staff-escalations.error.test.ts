import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { escalatingStages } from "../support/escalating-stages.ts";
import { jsonOf } from "../support/http-client.ts";
import { addStaff, escalatedConversation, StaffClient } from "../support/staff-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { databaseTargets } from "./databases.ts";

describe("care-team transitions that are not allowed", () => {
  let server: TestServer;
  let nurse: StaffClient;
  let colleague: StaffClient;
  beforeAll(async () => {
    server = await startTestServer({ database: "pglite", stages: escalatingStages });
    nurse = await StaffClient.signIn(server.url, await addStaff(server, "clinician"));
    colleague = await StaffClient.signIn(server.url, await addStaff(server, "clinician"));
  });
  afterAll(() => server?.stop());

  const act = async (client: StaffClient, id: string, verb: string, body?: unknown) => {
    const response = await client.post(`/api/staff/escalations/${id}/${verb}`, body);
    return { status: response.status, error: (await jsonOf(response)).error };
  };

  test.each([
    ["resolve", { outcome: "duplicate" }, /Claim this escalation before resolving/],
    ["release", undefined, /Only a claimed escalation can be released/],
    ["reopen", undefined, /Only a resolved escalation can be reopened/],
  ])("%s on an open escalation is 409 with a clear message", async (verb, body, message) => {
    const { escalationId } = await escalatedConversation(server.url);
    const result = await act(nurse, escalationId, verb, body);
    expect(result.status).toBe(409);
    expect(result.error.message).toMatch(message);
  });

  test("claiming what someone else claimed is 409, and so is claiming twice", async () => {
    const { escalationId } = await escalatedConversation(server.url);
    expect((await act(nurse, escalationId, "claim")).status).toBe(200);
    const again = await act(nurse, escalationId, "claim");
    expect(again.status).toBe(409);
    expect(again.error.message).toMatch(/You have already claimed/);
    const theirs = await act(colleague, escalationId, "claim");
    expect(theirs.status).toBe(409);
    expect(theirs.error.message).toMatch(/Someone else has already claimed/);
  });

  test("acting on a revision older than the server's is 409: reload first", async () => {
    const { escalationId } = await escalatedConversation(server.url);
    const seen = (await nurse.json("GET", `/api/staff/escalations/${escalationId}`)).escalation;
    await act(nurse, escalationId, "claim", { revision: seen.revision });
    const released = await act(nurse, escalationId, "release", { revision: seen.revision });
    expect(released.status).toBe(409);
    expect(released.error.message).toMatch(/changed since you loaded it/);
    const current = (await nurse.json("GET", `/api/staff/escalations/${escalationId}`)).escalation;
    expect(current.revision).toBe(seen.revision + 1);
    expect((await act(nurse, escalationId, "release", { revision: current.revision })).status).toBe(
      200,
    );
  });

  test("a clinician can't release or resolve a colleague's claim", async () => {
    const { escalationId } = await escalatedConversation(server.url);
    await act(nurse, escalationId, "claim");
    expect((await act(colleague, escalationId, "release")).status).toBe(403);
    expect((await act(colleague, escalationId, "resolve", { outcome: "duplicate" })).status).toBe(
      403,
    );
  });

  test("reopening is refused while the conversation has another unresolved escalation", async () => {
    const { conversation, escalationId } = await escalatedConversation(server.url);
    await act(nurse, escalationId, "claim");
    await act(nurse, escalationId, "resolve", { outcome: "called_patient" });
    const { sendText } = await import("../support/http-client.ts");
    await sendText(server.url, conversation, "[urgent] it came back worse");
    const result = await act(nurse, escalationId, "reopen");
    expect(result.status).toBe(409);
    expect(result.error.message).toMatch(/already has an unresolved escalation/);
  });

  test.each([
    ["resolve", { outcome: "fixed_it" }, /outcome/],
    ["resolve", { outcome: "duplicate", extra: true }, /unknown field/],
    ["notes", { text: "" }, /must not be empty/],
    ["notes", { text: "x".repeat(4001) }, /at most 4000/],
    ["reassign", { staffId: "not-a-staff-id" }, /no active staff member/],
  ])("%s with %j is 400", async (verb, body, message) => {
    const supervisor = await StaffClient.signIn(server.url, await addStaff(server, "supervisor"));
    const { escalationId } = await escalatedConversation(server.url);
    await act(supervisor, escalationId, "claim");
    const result = await act(supervisor, escalationId, verb, body);
    expect(result.status).toBe(400);
    expect(result.error.message).toMatch(message);
  });

  test("an unknown or malformed escalation id is 404", async () => {
    const unknown = "00000000-0000-4000-8000-00000000abcd";
    expect((await nurse.get(`/api/staff/escalations/${unknown}`)).status).toBe(404);
    expect((await nurse.get("/api/staff/escalations/1%20or%201=1")).status).toBe(404);
    expect((await act(nurse, unknown, "claim")).status).toBe(404);
  });

  test("an unknown queue status is 400", async () => {
    expect((await nurse.get("/api/staff/escalations?status=everything")).status).toBe(400);
  });
});

for (const target of databaseTargets()) {
  describe.skipIf(target.skip)(`concurrent claims, on ${target.label}`, () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ database: target.database, stages: escalatingStages });
    });
    afterAll(() => server?.stop());

    test("of clinicians claiming the same escalation at once, exactly one wins", async () => {
      const nurses = await Promise.all(
        [0, 1, 2, 3].map(async () =>
          StaffClient.signIn(server.url, await addStaff(server, "clinician")),
        ),
      );
      for (let round = 0; round < 3; round += 1) {
        const { escalationId } = await escalatedConversation(server.url);
        const statuses = await Promise.all(
          nurses.map(
            async (n) => (await n.post(`/api/staff/escalations/${escalationId}/claim`)).status,
          ),
        );
        expect(statuses.filter((s) => s === 200)).toHaveLength(1);
        expect(statuses.filter((s) => s === 409)).toHaveLength(nurses.length - 1);
      }
    });
  });
}
