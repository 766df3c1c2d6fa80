import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { jsonOf } from "../support/http-client.ts";
import { addStaff, cookieFrom, type StaffAccount, StaffClient } from "../support/staff-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { databaseTargets } from "./databases.ts";

for (const target of databaseTargets()) {
  describe.skipIf(target.skip)(`staff sign-in, on ${target.label}`, () => {
    let server: TestServer;
    let nurse: StaffAccount;
    beforeAll(async () => {
      server = await startTestServer({ database: target.database });
      nurse = await addStaff(server, "clinician", "Nora Nurse");
    });
    afterAll(() => server?.stop());

    test("signs in with a session cookie that is HttpOnly and SameSite=Strict, and a CSRF token", async () => {
      const client = new StaffClient(server.url);
      const response = await client.login(nurse.email, nurse.password);
      expect(response.status).toBe(200);
      const body = await jsonOf(response);
      expect(body.staff).toEqual({
        id: nurse.id,
        email: nurse.email,
        displayName: "Nora Nurse",
        role: "clinician",
      });
      expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
      const setCookie = response.headers.getSetCookie().join("\n");
      expect(setCookie).toMatch(/careline_staff=[A-Za-z0-9_-]{40,}/);
      expect(setCookie).toMatch(/HttpOnly/);
      expect(setCookie).toMatch(/SameSite=Strict/);
      expect(setCookie).toMatch(/Path=\//);
      expect(setCookie).not.toMatch(/Secure/);
      expect(response.headers.get("cache-control")).toBe("no-store");
    });

    test("accepts the email in any case and with surrounding spaces", async () => {
      const client = new StaffClient(server.url);
      expect((await client.login(`  ${nurse.email.toUpperCase()} `, nurse.password)).status).toBe(
        200,
      );
    });

    test("/me returns the same CSRF token again after a reload", async () => {
      const client = await StaffClient.signIn(server.url, nurse);
      const me = await client.json("GET", "/api/staff/me");
      expect(me.csrfToken).toBe(client.csrfToken);
      expect(me.staff.email).toBe(nurse.email);
    });

    test("logout ends the session: the cookie no longer opens anything", async () => {
      const client = await StaffClient.signIn(server.url, nurse);
      const response = await client.post("/api/staff/logout");
      expect(response.status).toBe(204);
      expect(response.headers.getSetCookie().join("")).toMatch(/careline_staff=;/);
      expect((await client.get("/api/staff/me")).status).toBe(401);
    });

    test("every sign-in gets a new session id, and the one the browser had is ended", async () => {
      const client = await StaffClient.signIn(server.url, nurse);
      const before = client.cookie;
      const again = await client.login(nurse.email, nurse.password);
      expect(cookieFrom(again)).toBeTruthy();
      expect(cookieFrom(again)).not.toBe(before);
      const old = new StaffClient(server.url);
      old.cookie = before;
      expect((await old.get("/api/staff/me")).status).toBe(401);
      expect((await client.get("/api/staff/me")).status).toBe(200);
    });

    test("a session id planted before sign-in is never adopted", async () => {
      const client = new StaffClient(server.url);
      client.cookie = "attacker-chosen-session-id-aaaaaaaaaaaaaaaaaaaaaaaaaa";
      const response = await client.login(nurse.email, nurse.password);
      expect(cookieFrom(response)).not.toBe(
        "attacker-chosen-session-id-aaaaaaaaaaaaaaaaaaaaaaaaaa",
      );
    });
  });
}

describe("staff cookie behind a proxy", { timeout: 120_000 }, () => {
  test("is Secure when a trusted proxy reports HTTPS, and ignores the header otherwise", async () => {
    const trusted = await startTestServer({
      database: "pglite",
      env: { CARELINE_TRUST_PROXY: "true" },
    });
    const untrusted = await startTestServer({ database: "pglite" });
    try {
      for (const [server, secure] of [
        [trusted, true],
        [untrusted, false],
      ] as const) {
        const nurse = await addStaff(server, "clinician");
        const client = new StaffClient(server.url);
        const response = await client.request(
          "POST",
          "/api/staff/login",
          { email: nurse.email, password: nurse.password },
          false,
          { "X-Forwarded-Proto": "https" },
        );
        expect(response.status).toBe(200);
        expect(/;\s*Secure/i.test(response.headers.getSetCookie().join(""))).toBe(secure);
      }
    } finally {
      await trusted.stop();
      await untrusted.stop();
    }
  });
});
