import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createConversation, jsonOf } from "../support/http-client.ts";
import { addStaff, type StaffAccount, StaffClient, TestClock } from "../support/staff-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

describe("staff sign-in errors", () => {
  const clock = new TestClock();
  let server: TestServer;
  let nurse: StaffAccount;
  beforeAll(async () => {
    server = await startTestServer({
      database: "pglite",
      now: clock.now,
      env: { CARELINE_STAFF_IDLE_MINUTES: "120", CARELINE_STAFF_SESSION_HOURS: "1" },
    });
    nurse = await addStaff(server, "clinician");
  });
  afterAll(() => server?.stop());

  const login = (email: string, password: string) =>
    new StaffClient(server.url).login(email, password);

  test("a wrong password and an unknown email get the same 401 body", async () => {
    const wrong = await login(nurse.email, "not-the-password-at-all");
    const unknown = await login("nobody@example.org", "not-the-password-at-all");
    const shape = async (r: Response) => {
      const body = await jsonOf(r);
      return { status: r.status, code: body.error.code, message: body.error.message };
    };
    const expected = {
      status: 401,
      code: "UNAUTHORIZED",
      message: "Email or password is incorrect",
    };
    expect(await shape(wrong)).toEqual(expected);
    expect(await shape(unknown)).toEqual(expected);
    expect(wrong.headers.getSetCookie()).toEqual([]);
  });

  test("a disabled account can't sign in, with the same answer as a wrong password", async () => {
    const gone = await addStaff(server, "clinician");
    const admin = await StaffClient.signIn(server.url, await addStaff(server, "admin"));
    await admin.json("POST", `/api/staff/users/${gone.id}/disable`);
    const response = await login(gone.email, gone.password);
    expect(response.status).toBe(401);
    expect((await jsonOf(response)).error.message).toBe("Email or password is incorrect");
  });

  test("locks an email after five failures, with Retry-After, even for the right password", async () => {
    const locked = await addStaff(server, "clinician");
    for (let i = 0; i < 5; i += 1)
      expect((await login(locked.email, `wrong-${i}`)).status).toBe(401);
    const refused = await login(locked.email, locked.password);
    expect(refused.status).toBe(429);
    expect((await jsonOf(refused)).error.code).toBe("TOO_MANY_REQUESTS");
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(30);
    clock.advance(31_000);
    expect((await login(locked.email, locked.password)).status).toBe(200);
  });

  test("the lock doubles with each further failure", async () => {
    const email = "doubling@example.org";
    for (let i = 0; i < 5; i += 1) await login(email, "wrong-password-x");
    clock.advance(31_000);
    await login(email, "wrong-password-x");
    const retryAfter = Number((await login(email, "wrong-password-x")).headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(30);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  test("an unknown email is locked exactly like a known one, so a lockout reveals nothing", async () => {
    for (let i = 0; i < 5; i += 1) await login("ghost@example.org", "wrong-password-x");
    expect((await login("ghost@example.org", "wrong-password-x")).status).toBe(429);
    const admin = await StaffClient.signIn(server.url, await addStaff(server, "admin"));
    const { events } = await admin.json(
      "GET",
      "/api/staff/audit?action=staff.login_failed&limit=1",
    );
    expect(events[0].detail).toEqual({ reason: "locked" });
  });

  test("rejects a login body that is not JSON or misses a field", async () => {
    const form = await fetch(`${server.url}/api/staff/login`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: `email=${encodeURIComponent(nurse.email)}&password=x`,
    });
    expect(form.status).toBe(415);
    const missing = await new StaffClient(server.url).request(
      "POST",
      "/api/staff/login",
      { email: nurse.email },
      false,
    );
    expect(missing.status).toBe(400);
  });

  test("a session ends at its absolute lifetime even while in use", async () => {
    const client = await StaffClient.signIn(server.url, nurse);
    for (let i = 0; i < 3; i += 1) {
      clock.advance(19 * 60_000);
      expect((await client.get("/api/staff/me")).status).toBe(200);
    }
    clock.advance(4 * 60_000);
    expect((await client.get("/api/staff/me")).status).toBe(401);
  });

  test("a staff session never acts as a patient", async () => {
    const client = await StaffClient.signIn(server.url, nurse);
    const conversation = await createConversation(server.url);
    const cookie = { Cookie: `careline_staff=${client.cookie}` };
    const read = await fetch(`${server.url}/api/conversations/${conversation.id}`, {
      headers: cookie,
    });
    expect(read.status).toBe(401);
    const send = await fetch(`${server.url}/api/conversations/${conversation.id}/messages`, {
      method: "POST",
      headers: { ...cookie, "Content-Type": "application/json" },
      body: JSON.stringify({ text: "hello" }),
    });
    expect(send.status).toBe(401);
  });

  test("the audit log records failed sign-ins without the attempted email or password", async () => {
    const admin = await StaffClient.signIn(server.url, await addStaff(server, "admin"));
    await login("typo-in-email@example.org", "Secret-Password-typed-here");
    const { events } = await admin.json(
      "GET",
      "/api/staff/audit?action=staff.login_failed&limit=5",
    );
    expect(events[0].detail.reason).toBe("unknown_email");
    expect(events[0].actor).toBeNull();
    expect(JSON.stringify(events)).not.toMatch(/typo-in-email|Secret-Password/);
  });
});
