import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { staffRoutes } from "../../server/http/routes/staff/index.ts";
import type { StaffHttpDeps } from "../../server/http/staff/types.ts";
import { createConversation, jsonOf } from "../support/http-client.ts";
import {
  addStaff,
  type Role,
  StaffClient,
  StaffSocket,
  TestClock,
} from "../support/staff-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

// Every staff route × no session / expired session / wrong role / missing or wrong CSRF token.
// The table must name every route the staff router has: a new route that is not listed (and so
// not proven protected) fails the first test.

const ID = "00000000-0000-4000-8000-000000000001";

interface RouteCase {
  method: "GET" | "POST" | "PUT";
  path: string;
  role: Role;
  body?: unknown;
}

const ROUTES: RouteCase[] = [
  { method: "POST", path: "/logout", role: "clinician" },
  { method: "GET", path: "/me", role: "clinician" },
  { method: "GET", path: "/team", role: "supervisor" },
  { method: "GET", path: "/guidance", role: "admin" },
  { method: "GET", path: "/settings/retention", role: "admin" },
  {
    method: "PUT",
    path: "/settings/retention",
    role: "admin",
    body: { conversationRetentionDays: null },
  },
  { method: "GET", path: "/escalations", role: "clinician" },
  { method: "GET", path: `/escalations/${ID}`, role: "clinician" },
  { method: "POST", path: `/escalations/${ID}/claim`, role: "clinician" },
  { method: "POST", path: `/escalations/${ID}/release`, role: "clinician" },
  {
    method: "POST",
    path: `/escalations/${ID}/reassign`,
    role: "supervisor",
    body: { staffId: ID },
  },
  { method: "POST", path: `/escalations/${ID}/notes`, role: "clinician", body: { text: "n" } },
  {
    method: "POST",
    path: `/escalations/${ID}/resolve`,
    role: "clinician",
    body: { outcome: "duplicate" },
  },
  { method: "POST", path: `/escalations/${ID}/reopen`, role: "clinician" },
  { method: "GET", path: `/conversations/${ID}`, role: "clinician" },
  { method: "POST", path: `/conversations/${ID}/messages`, role: "clinician", body: { text: "x" } },
  { method: "GET", path: "/audit", role: "supervisor" },
  { method: "GET", path: "/users", role: "admin" },
  {
    method: "POST",
    path: "/users",
    role: "admin",
    body: { email: "x@example.org", displayName: "X", role: "clinician", password: "p" },
  },
  { method: "POST", path: `/users/${ID}/disable`, role: "admin" },
  { method: "POST", path: `/users/${ID}/role`, role: "admin", body: { role: "clinician" } },
];

// Checked over the WebSocket upgrade below; login is the one public route.
const SEPARATELY_TESTED = ["GET /socket", "POST /login"];

const key = (method: string, path: string) => `${method} ${path}`;
const templateOf = (path: string) => path.replaceAll(ID, ":id");
const unsafe = (route: RouteCase) => route.method !== "GET";
const lowerRoles = (role: Role): Role[] =>
  role === "admin" ? ["clinician", "supervisor"] : role === "supervisor" ? ["clinician"] : [];

test("the matrix names every route the staff router serves", () => {
  const served = new Set(
    staffRoutes({} as StaffHttpDeps)
      .routes.filter((r) => r.method !== "ALL")
      .map((r) => key(r.method, r.path)),
  );
  const listed = new Set([
    ...ROUTES.map((r) => key(r.method, templateOf(r.path))),
    ...SEPARATELY_TESTED,
  ]);
  expect([...served].filter((r) => !listed.has(r))).toEqual([]);
  expect([...listed].filter((r) => !served.has(r))).toEqual([]);
});

describe("staff route protection", () => {
  const clock = new TestClock();
  let server: TestServer;
  const clients = {} as Record<Role, StaffClient>;
  let other: StaffClient;
  let patientToken: string;

  const call = (
    route: RouteCase,
    client?: StaffClient,
    csrf: boolean | string = true,
    headers = {},
  ) =>
    (client ?? new StaffClient(server.url)).request(
      route.method,
      `/api/staff${route.path}`,
      route.body,
      csrf,
      headers,
    );

  beforeAll(async () => {
    server = await startTestServer({ database: "pglite", now: clock.now });
    for (const role of ["clinician", "supervisor", "admin"] as const) {
      clients[role] = await StaffClient.signIn(server.url, await addStaff(server, role));
    }
    other = await StaffClient.signIn(server.url, await addStaff(server, "admin"));
    patientToken = (await createConversation(server.url)).token;
  });
  afterAll(() => server?.stop());

  test.each(ROUTES)("$method $path without a session is 401", async (route) => {
    const response = await call(route);
    expect(response.status).toBe(401);
    expect((await jsonOf(response)).error.code).toBe("UNAUTHORIZED");
  });

  test.each(ROUTES)("$method $path with a patient's bearer token is 401", async (route) => {
    const response = await call(route, undefined, true, {
      Authorization: `Bearer ${patientToken}`,
    });
    expect(response.status).toBe(401);
  });

  test.each(ROUTES.filter((r) => r.role !== "clinician"))(
    "$method $path refuses a role below $role with 403",
    async (route) => {
      for (const role of lowerRoles(route.role)) {
        const response = await call(route, clients[role]);
        expect(response.status, role).toBe(403);
        expect((await jsonOf(response)).error.code).toBe("FORBIDDEN");
      }
    },
  );

  test.each(ROUTES.filter(unsafe))("$method $path without X-CSRF-Token is 403", async (route) => {
    const response = await call(route, clients.admin, false);
    expect(response.status).toBe(403);
    expect((await jsonOf(response)).error.message).toMatch(/CSRF/);
  });

  test.each(ROUTES.filter(unsafe))(
    "$method $path with a wrong or another session's CSRF token is 403",
    async (route) => {
      expect((await call(route, clients.admin, "x".repeat(43))).status).toBe(403);
      expect((await call(route, clients.admin, other.csrfToken)).status).toBe(403);
    },
  );

  test("the console socket needs a session and careline's own Origin", async () => {
    await expect(StaffSocket.open(server.url, undefined)).rejects.toThrow(/401/);
    await expect(
      StaffSocket.open(server.url, clients.clinician.cookie, "https://evil.example"),
    ).rejects.toThrow(/403/);
    await expect(StaffSocket.open(server.url, clients.clinician.cookie, null)).rejects.toThrow(
      /403/,
    );
    const socket = await StaffSocket.open(server.url, clients.clinician.cookie);
    expect((await socket.next((f) => f.type === "ready")).staff.role).toBe("clinician");
    socket.close();
  });

  // Last: moving the clock ends every session opened before.
  describe("after the idle timeout", () => {
    beforeAll(() => clock.advance(31 * 60_000));

    test.each(ROUTES)("$method $path with an expired session is 401", async (route) => {
      const response = await call(route, clients.admin);
      expect(response.status).toBe(401);
    });

    test("the console socket refuses an expired session", async () => {
      await expect(StaffSocket.open(server.url, clients.admin.cookie)).rejects.toThrow(/401/);
    });
  });
});
