import { rmSync } from "node:fs";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { escalatingStages } from "../support/escalating-stages.ts";
import { createConversation, getTranscript, jsonOf, sendText } from "../support/http-client.ts";
import { copyPgliteTemplate } from "../support/pglite-template.ts";
import { runCli } from "../support/run-cli.ts";
import { addStaff, escalatedConversation, StaffClient } from "../support/staff-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { databaseTargets } from "./databases.ts";

describe("staff administration", () => {
  let server: TestServer;
  let admin: StaffClient;
  beforeAll(async () => {
    server = await startTestServer({ database: "pglite" });
    admin = await StaffClient.signIn(server.url, await addStaff(server, "admin"));
  });
  afterAll(() => server?.stop());

  test("creates an account that can sign in, and lists it without any password hash", async () => {
    const created = await admin.json(
      "POST",
      "/api/staff/users",
      {
        email: "New.Nurse@Example.org",
        displayName: "New Nurse",
        role: "clinician",
        password: "Tangerine-cloud-47-ferry",
      },
      201,
    );
    expect(created.user).toMatchObject({
      email: "new.nurse@example.org",
      role: "clinician",
      disabled: false,
    });
    const { users } = await admin.json("GET", "/api/staff/users");
    expect(users.map((u: { email: string }) => u.email)).toContain("new.nurse@example.org");
    expect(JSON.stringify(users)).not.toMatch(/scrypt|password/i);
    await StaffClient.signIn(server.url, {
      email: "new.nurse@example.org",
      password: "Tangerine-cloud-47-ferry",
    });
  });

  test.each([
    ["short", "Short-1", /at least 12/],
    ["common", "Password2024!", /common password/],
    ["sequence", "1234567890123", /common password|sequence/],
    ["own email", "xx-weakling-2024-xx", /email/],
  ])("refuses a weak password (%s)", async (_label, password, message) => {
    const response = await admin.post("/api/staff/users", {
      email: "weakling@example.org",
      displayName: "Weak Ling",
      role: "clinician",
      password,
    });
    expect(response.status).toBe(400);
    expect((await jsonOf(response)).error.message).toMatch(message);
  });

  test("refuses a second account with the same email as 409", async () => {
    const existing = await addStaff(server, "clinician");
    const response = await admin.post("/api/staff/users", {
      email: existing.email.toUpperCase(),
      displayName: "Twin",
      role: "clinician",
      password: "Marmalade-stone-93-oak",
    });
    expect(response.status).toBe(409);
  });

  test("disabling someone ends their open session at once", async () => {
    const account = await addStaff(server, "clinician");
    const client = await StaffClient.signIn(server.url, account);
    const disabled = await admin.json("POST", `/api/staff/users/${account.id}/disable`);
    expect(disabled.user.disabled).toBe(true);
    expect((await client.get("/api/staff/me")).status).toBe(401);
  });

  test("changes a role, effective on the next request", async () => {
    const account = await addStaff(server, "clinician");
    const client = await StaffClient.signIn(server.url, account);
    expect((await client.get("/api/staff/audit")).status).toBe(403);
    await admin.json("POST", `/api/staff/users/${account.id}/role`, { role: "supervisor" });
    expect((await client.get("/api/staff/audit")).status).toBe(200);
  });

  // These start servers of their own: generous on a busy machine.
  test("logs how to create the first admin at start while there is none, and not after", {
    timeout: 120_000,
  }, async () => {
    const hint = (logs: TestServer["logs"]) =>
      logs.some((l) => /No care-team admin exists yet.*npm run staff -- add/.test(String(l.msg)));
    expect(hint(server.logs)).toBe(true);
    const dir = `${process.env.TMPDIR ?? "/tmp"}/careline-hint-${process.pid}-${Date.now()}`;
    copyPgliteTemplate(inject("pgliteTemplate"), dir);
    try {
      const first = await startTestServer({ database: "pglite", dataDir: dir });
      await addStaff(first, "admin");
      await first.stop();
      const second = await startTestServer({ database: "pglite", dataDir: dir });
      await second.stop();
      expect(hint(second.logs)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("never leaves careline without an active admin", { timeout: 120_000 }, async () => {
    const soleAdminServer = await startTestServer({ database: "pglite" });
    try {
      const sole = await addStaff(soleAdminServer, "admin");
      const client = await StaffClient.signIn(soleAdminServer.url, sole);
      const demote = await client.post(`/api/staff/users/${sole.id}/role`, { role: "clinician" });
      expect(demote.status).toBe(409);
      const disable = await client.post(`/api/staff/users/${sole.id}/disable`);
      expect(disable.status).toBe(409);
      expect((await jsonOf(disable)).error.message).toMatch(/at least one active admin/);
    } finally {
      await soleAdminServer.stop();
    }
  });

  test("stores the retention setting and audits the change", async () => {
    expect(await admin.json("GET", "/api/staff/settings/retention")).toEqual({
      conversationRetentionDays: null,
    });
    await admin.json("PUT", "/api/staff/settings/retention", { conversationRetentionDays: 400 });
    expect(await admin.json("GET", "/api/staff/settings/retention")).toEqual({
      conversationRetentionDays: 400,
    });
    for (const bad of [0, 1.5, "30", -1]) {
      const response = await admin.request("PUT", "/api/staff/settings/retention", {
        conversationRetentionDays: bad,
      });
      expect(response.status).toBe(400);
    }
    const { events } = await admin.json("GET", "/api/staff/audit?action=settings.update&limit=1");
    expect(events[0].detail).toMatchObject({
      from: { conversationRetentionDays: null },
      to: { conversationRetentionDays: 400 },
    });
  });

  test("lists the guidance library with each document's version, status and review state", async () => {
    const db = server.deps.database.db;
    await db.execute(
      sql`insert into guidance_documents (id) values ('test-doc-a'), ('test-doc-b')`,
    );
    await db.execute(sql`insert into guidance_versions (document_id, version, title, summary, locale,
      audience, topics, sources, reviewed_by, reviewed_at, review_due, status, body, content_hash,
      source_path, is_current) values
      ('test-doc-a', 2, 'Fever in adults', 's', 'en-US', 'adult', '{fever}', '[]', 'Dr A',
       '2025-01-01', '2099-01-01', 'approved', 'b', 'h1', 'a.md', true),
      ('test-doc-a', 1, 'Fever in adults', 's', 'en-US', 'adult', '{fever}', '[]', 'Dr A',
       '2024-01-01', '2025-01-01', 'approved', 'b', 'h0', 'a.md', false),
      ('test-doc-b', 1, 'Old page', 's', 'en-US', 'adult', '{x}', '[]', 'Dr B',
       '2020-01-01', '2021-01-01', 'approved', 'b', 'h2', 'b.md', true)`);
    const { documents } = await admin.json("GET", "/api/staff/guidance");
    const byId = Object.fromEntries(
      documents.map((d: { documentId: string }) => [d.documentId, d]),
    );
    expect(byId["test-doc-a"]).toMatchObject({
      version: 2,
      status: "approved",
      reviewDue: "2099-01-01",
      expired: false,
      versions: 2,
    });
    expect(byId["test-doc-b"]).toMatchObject({ version: 1, expired: true });
  });
});

// Each CLI run is a fresh Node process loading TypeScript: slow on a busy machine.
describe.skipIf(databaseTargets()[1]?.skip)(
  "staff and retention CLIs on PostgreSQL",
  { timeout: 120_000 },
  () => {
    let server: TestServer;
    let env: Record<string, string>;
    beforeAll(async () => {
      server = await startTestServer({ database: "postgres", stages: escalatingStages });
      env = { DATABASE_URL: server.deps.env.DATABASE_URL ?? "" };
    });
    afterAll(() => server?.stop());

    test("staff add reads the password from standard input; the account signs in", async () => {
      const result = await runCli(
        "staff",
        ["add", "--email", "cli.admin@example.org", "--role", "admin", "--name", "Cli Admin"],
        env,
        "Heron-violet-55-bridge\n",
      );
      expect(result.stderr).toBe("");
      expect(result.stdout).toMatch(/added cli.admin@example.org as admin/);
      await StaffClient.signIn(server.url, {
        email: "cli.admin@example.org",
        password: "Heron-violet-55-bridge",
      });
      const list = await runCli("staff", ["list"], env);
      expect(list.stdout).toMatch(/cli.admin@example.org\tadmin\tactive\tCli Admin/);
    });

    test("staff add refuses a weak password and a bad role, saying why", async () => {
      const weak = await runCli(
        "staff",
        ["add", "--email", "weak@example.org", "--role", "clinician"],
        env,
        "letmein\n",
      );
      expect(weak.code).toBe(1);
      expect(weak.stderr).toMatch(/password: must be at least 12 characters/);
      const role = await runCli(
        "staff",
        ["add", "--email", "x@example.org", "--role", "boss"],
        env,
        "Heron-violet-55-bridge\n",
      );
      expect(role.code).toBe(1);
      expect(role.stderr).toMatch(/--role must be one of clinician, supervisor, admin/);
    });

    test("two admins disabling each other at once: one succeeds, one is refused, no deadlock", async () => {
      const db = server.deps.database.db;
      await db.execute(sql`update staff set role = 'clinician' where role = 'admin'`);
      const [x, y] = [await addStaff(server, "admin"), await addStaff(server, "admin")];
      const [cx, cy] = [
        await StaffClient.signIn(server.url, x),
        await StaffClient.signIn(server.url, y),
      ];
      const statuses = await Promise.all([
        cx.post(`/api/staff/users/${y.id}/disable`).then((r) => r.status),
        cy.post(`/api/staff/users/${x.id}/disable`).then((r) => r.status),
      ]);
      // The loser is refused either by the last-admin rule (409) or, if the winner committed
      // before its request was checked, because its own session just ended (401).
      expect(statuses.filter((status) => status === 200)).toHaveLength(1);
      expect([401, 409]).toContain(statuses.find((status) => status !== 200));
      const active = await db.execute(
        sql`select count(*)::int as n from staff where role = 'admin' and disabled_at is null`,
      );
      expect(Number((active as unknown as Array<{ n: number }>)[0]?.n)).toBe(1);
    });

    test("staff disable ends the account's sessions", async () => {
      const account = await addStaff(server, "clinician");
      const client = await StaffClient.signIn(server.url, account);
      const result = await runCli("staff", ["disable", "--email", account.email], env);
      expect(result.code).toBe(0);
      expect((await client.get("/api/staff/me")).status).toBe(401);
    });

    test("retention purge deletes sessions that ended over a week ago and stale sign-in counters", async () => {
      const account = await addStaff(server, "clinician");
      const ended = await StaffClient.signIn(server.url, account);
      const live = await StaffClient.signIn(server.url, account);
      const db = server.deps.database.db;
      const before = (await db.execute(
        sql`select id from staff_sessions order by last_seen_at desc limit 2`,
      )) as unknown as Array<{ id: string }>;
      // The older of the two sign-ins ended ten days ago; the newer is in use.
      await db.execute(
        sql`update staff_sessions set revoked_at = now() - interval '10 days' where id = ${before[1]?.id}`,
      );
      await db.execute(
        sql`insert into staff_login_throttles (key, failures, last_failure_at, locked_until) values
          ('stale', 3, now() - interval '2 hours', null),
          ('locked', 9, now() - interval '2 hours', now() + interval '5 minutes'),
          ('recent', 2, now() - interval '1 minute', null)`,
      );
      const dry = await runCli("retention", ["purge", "--dry-run"], env);
      expect(dry.stdout).toMatch(/would delete \d+ care-team session/);
      const result = await runCli("retention", ["purge"], env);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        /deleted [1-9]\d* care-team session\(s\) ended over a week ago and 1 expired sign-in/,
      );
      const keys = (await db.execute(
        sql`select key from staff_login_throttles where key in ('stale', 'locked', 'recent') order by key`,
      )) as unknown as Array<{ key: string }>;
      expect(keys.map((k) => k.key)).toEqual(["locked", "recent"]);
      const gone = (await db.execute(
        sql`select count(*)::int as n from staff_sessions where id = ${before[1]?.id}`,
      )) as unknown as Array<{ n: number }>;
      expect(Number(gone[0]?.n)).toBe(0);
      expect((await live.get("/api/staff/me")).status).toBe(200);
      expect((await ended.get("/api/staff/me")).status).toBe(401);
      expect((await runCli("audit", ["verify"], env)).code).toBe(0);
    });

    test("retention purge deletes old conversations but keeps any with an unresolved escalation", async () => {
      const unset = await runCli("retention", ["purge"], env);
      expect(unset.stdout).toMatch(/no retention period is set/);
      const old = await createConversation(server.url);
      await sendText(server.url, old, "an old question");
      const oldEscalated = await escalatedConversation(server.url);
      const fresh = await createConversation(server.url);
      const db = server.deps.database.db;
      await db.execute(
        sql`update conversations set updated_at = now() - interval '40 days' where id in (${old.id}, ${oldEscalated.conversation.id})`,
      );
      await db.execute(
        sql`insert into settings (key, value) values ('retention', '{"conversationRetentionDays": 30}')`,
      );
      const dry = await runCli("retention", ["purge", "--dry-run"], env);
      expect(dry.stdout).toMatch(/would delete 1 conversation/);
      const result = await runCli("retention", ["purge"], env);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/deleted 1 conversation/);
      expect((await getTranscript(server.url, old)).status).toBe(404);
      expect((await getTranscript(server.url, oldEscalated.conversation)).status).toBe(200);
      expect((await getTranscript(server.url, fresh)).status).toBe(200);
      const verify = await runCli("audit", ["verify"], env);
      expect(verify.code).toBe(0);
    });
  },
);

describe("CLIs on the embedded database", { timeout: 120_000 }, () => {
  test("refuse clearly while a server holds the data directory", async () => {
    const dir = `${process.env.TMPDIR ?? "/tmp"}/careline-cli-${process.pid}-${Date.now()}`;
    copyPgliteTemplate(inject("pgliteTemplate"), dir);
    const server = await startTestServer({ database: "pglite", dataDir: dir });
    try {
      const result = await runCli("staff", ["list"], { CARELINE_DATA_DIR: dir });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/in use by another careline process/);
      expect(result.stderr).toMatch(/\/api\/staff\/users/);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
