import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { verifyAuditChain } from "../../server/services/audit/verify-chain.ts";
import { escalatingStages } from "../support/escalating-stages.ts";
import { runCli } from "../support/run-cli.ts";
import {
  addStaff,
  escalatedConversation,
  type StaffAccount,
  StaffClient,
} from "../support/staff-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { databaseTargets } from "./databases.ts";

const SECRET_NOTE = "Patient mentioned her neighbour Mrs Example";
const SECRET_MESSAGE = "Please stay on the line, help is coming";

for (const target of databaseTargets()) {
  describe.skipIf(target.skip)(`the audit log, on ${target.label}`, { timeout: 120_000 }, () => {
    let server: TestServer;
    let nurse: StaffAccount;
    let clinician: StaffClient;
    let supervisor: StaffClient;
    beforeAll(async () => {
      server = await startTestServer({ database: target.database, stages: escalatingStages });
      nurse = await addStaff(server, "clinician");
      clinician = await StaffClient.signIn(server.url, nurse);
      supervisor = await StaffClient.signIn(server.url, await addStaff(server, "supervisor"));
    });
    afterAll(() => server?.stop());

    const execute = (query: ReturnType<typeof sql>) => server.deps.database.db.execute(query);

    test("records each read and action of a case, in order, without message or note text", async () => {
      const { conversation, escalationId } = await escalatedConversation(server.url);
      const base = `/api/staff/escalations/${escalationId}`;
      await clinician.json("GET", base);
      await clinician.json("POST", `${base}/claim`);
      await clinician.json("POST", `${base}/notes`, { text: SECRET_NOTE });
      await clinician.json(
        "POST",
        `/api/staff/conversations/${conversation.id}/messages`,
        { text: SECRET_MESSAGE },
        201,
      );
      await clinician.json("GET", `/api/staff/conversations/${conversation.id}`);
      await clinician.json("POST", `${base}/resolve`, { outcome: "messaged_patient" });
      const { events } = await supervisor.json(
        "GET",
        `/api/staff/audit?conversationId=${conversation.id}`,
      );
      expect(events.map((e: { action: string }) => e.action).reverse()).toEqual([
        "escalation.read",
        "escalation.claim",
        "escalation.note",
        "conversation.message",
        "conversation.read",
        "escalation.resolve",
      ]);
      for (const event of events) {
        expect(event.actor).toEqual({ id: nurse.id, email: nurse.email });
        expect(event.requestId).toBeTruthy();
        expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
      }
      expect(events[0].detail).toMatchObject({ outcome: "messaged_patient", to: "resolved" });
      expect(JSON.stringify(events)).not.toContain(SECRET_NOTE);
      expect(JSON.stringify(events)).not.toContain(SECRET_MESSAGE);
    });

    test("filters by actor and action, and audits the audit read itself", async () => {
      const { events } = await supervisor.json(
        "GET",
        `/api/staff/audit?actor=${nurse.id}&action=staff.login&limit=10`,
      );
      expect(events.length).toBeGreaterThan(0);
      expect(events.every((e: { action: string }) => e.action === "staff.login")).toBe(true);
      const reads = await supervisor.json("GET", "/api/staff/audit?action=audit.read&limit=1");
      expect(reads.events[0].detail.filters).toMatchObject({
        actor: nurse.id,
        action: "staff.login",
      });
      expect((await supervisor.get("/api/staff/audit?from=yesterday")).status).toBe(400);
    });

    test("the database itself refuses to change or delete an audit row", async () => {
      for (const statement of [
        sql`update audit_events set action = 'x' where seq = 1`,
        sql`delete from audit_events where seq = 1`,
      ]) {
        const error = await execute(statement).then(
          () => undefined,
          (e: Error) => e,
        );
        expect(String((error?.cause as Error | undefined)?.message)).toMatch(/append-only/);
      }
    });

    test("when the audit write fails, the action fails with it", async () => {
      const { escalationId } = await escalatedConversation(server.url);
      await execute(sql`create function refuse_audit() returns trigger language plpgsql as $$
        begin raise exception 'audit storage unavailable'; end $$`);
      await execute(sql`create trigger refuse_audit before insert on audit_events
        for each row execute function refuse_audit()`);
      try {
        const response = await clinician.post(`/api/staff/escalations/${escalationId}/claim`);
        expect(response.status).toBe(500);
      } finally {
        await execute(sql`drop trigger refuse_audit on audit_events`);
        await execute(sql`drop function refuse_audit()`);
      }
      const packet = await clinician.json("GET", `/api/staff/escalations/${escalationId}`);
      expect(packet.escalation.status).toBe("open");
      expect(packet.conversation.messages.some((m: { role: string }) => m.role === "staff")).toBe(
        false,
      );
    });

    test("the chain stays intact under concurrent writers", async () => {
      const { escalationId } = await escalatedConversation(server.url);
      await Promise.all(
        Array.from({ length: 12 }, () => clinician.get(`/api/staff/escalations/${escalationId}`)),
      );
      const verdict = await verifyAuditChain(server.deps.database.db);
      expect(verdict).toMatchObject({ intact: true });
    });
  });
}

// Each run of the CLI is a fresh Node process loading TypeScript: slow on a busy machine.
describe.skipIf(databaseTargets()[1]?.skip)(
  "npm run audit -- verify on PostgreSQL",
  { timeout: 120_000 },
  () => {
    let server: TestServer;
    let env: Record<string, string>;
    beforeAll(async () => {
      server = await startTestServer({ database: "postgres", stages: escalatingStages });
      env = { DATABASE_URL: server.deps.env.DATABASE_URL ?? "" };
      const nurse = await StaffClient.signIn(server.url, await addStaff(server, "clinician"));
      const { escalationId } = await escalatedConversation(server.url);
      await nurse.json("GET", `/api/staff/escalations/${escalationId}`);
      await nurse.json("POST", `/api/staff/escalations/${escalationId}/claim`);
    });
    afterAll(() => server?.stop());

    const tamper = async (statement: string) => {
      const db = server.deps.database.db;
      await db.execute(
        sql.raw("alter table audit_events disable trigger audit_events_append_only"),
      );
      try {
        await db.execute(sql.raw(statement));
      } finally {
        await db.execute(
          sql.raw("alter table audit_events enable trigger audit_events_append_only"),
        );
      }
    };

    test("exits 0 and counts the events when the chain is intact", async () => {
      const result = await runCli("audit", ["verify"], env);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^audit chain intact \(\d+ events\)$/m);
    });

    test("an anchor recorded earlier reveals a tail cut behind the trigger, which the chain alone cannot", async () => {
      const first = await runCli("audit", ["verify"], env);
      const head = /^head: (\d+:[0-9a-f]{64})$/m.exec(first.stdout)?.[1] ?? "";
      expect(head).not.toBe("");
      expect((await runCli("audit", ["verify", "--anchor", head], env)).code).toBe(0);
      const wrong = head.replace(/:./, (m) => (m === ":0" ? ":1" : ":0"));
      const rewritten = await runCli("audit", ["verify", "--anchor", wrong], env);
      expect(rewritten.code).toBe(1);
      expect(rewritten.stderr).toMatch(/differs from the recorded anchor/);
      expect((await runCli("audit", ["verify", "--anchor", "not-an-anchor"], env)).code).toBe(2);

      await tamper(`delete from audit_events where seq = ${head.split(":")[0]}`);
      expect((await runCli("audit", ["verify"], env)).code).toBe(0);
      const cut = await runCli("audit", ["verify", "--anchor", head], env);
      expect(cut.code).toBe(1);
      expect(cut.stderr).toMatch(/ends before the recorded anchor/);
    });

    test("reports the first altered row by seq when a row is edited behind the trigger", async () => {
      await tamper(`update audit_events set detail = '{"edited": true}' where seq = 3`);
      const result = await runCli("audit", ["verify"], env);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/BROKEN at seq 3: .*altered/);
    });

    test("reports a deleted row as a gap in the sequence", async () => {
      await tamper("delete from audit_events where seq = 2");
      const result = await runCli("audit", ["verify"], env);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/BROKEN at seq 3: expected seq 2 next/);
    });
  },
);
