import WebSocket from "ws";
import type { Database } from "../../server/db/client.ts";
import { createStaff } from "../../server/services/staff/create-staff.ts";

// The care-team API as a browser uses it: a cookie jar of one cookie, and the CSRF token.

export type Role = "clinician" | "supervisor" | "admin";

export interface StaffAccount {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

let counter = 0;

/** A new account (through the service `npm run staff -- add` uses) with a policy-passing password. */
export async function addStaff(
  server: { deps: { database: { db: Database } } },
  role: Role,
  displayName = `Nurse ${role} ${++counter}`,
): Promise<StaffAccount> {
  const n = ++counter;
  const email = `${role}.${process.pid}.${n}.${Date.now().toString(36)}@example.org`;
  const password = `Violet-harbour-${n}-kettle-Zinc`;
  const created = await createStaff(
    { db: server.deps.database.db, now: new Date(), actor: null, via: "cli" },
    { email, displayName, role, password },
  );
  return { id: created.id, email: created.email, displayName, role, password };
}

export function cookieFrom(response: Response): string | undefined {
  const header = response.headers.getSetCookie().find((c) => c.startsWith("careline_staff="));
  return header?.split(";")[0]?.slice("careline_staff=".length);
}

export class StaffClient {
  cookie: string | undefined;
  csrfToken: string | undefined;

  constructor(readonly baseUrl: string) {}

  static async signIn(baseUrl: string, account: { email: string; password: string }) {
    const client = new StaffClient(baseUrl);
    const response = await client.login(account.email, account.password);
    if (response.status !== 200) {
      throw new Error(`login failed: ${response.status} ${await response.text()}`);
    }
    return client;
  }

  async login(email: string, password: string): Promise<Response> {
    const response = await this.request("POST", "/api/staff/login", { email, password }, false);
    if (response.status === 200) {
      this.cookie = cookieFrom(response);
      this.csrfToken = ((await response.clone().json()) as { csrfToken: string }).csrfToken;
    }
    return response;
  }

  request(
    method: string,
    path: string,
    body?: unknown,
    csrf: boolean | string = true,
    extra: Record<string, string> = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { ...extra };
    if (this.cookie) headers.Cookie = `careline_staff=${this.cookie}`;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    if (csrf === true && this.csrfToken) headers["X-CSRF-Token"] = this.csrfToken;
    if (typeof csrf === "string") headers["X-CSRF-Token"] = csrf;
    return fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  get(path: string) {
    return this.request("GET", path);
  }

  post(path: string, body?: unknown) {
    return this.request("POST", path, body);
  }

  async json(method: string, path: string, body?: unknown, expected = 200): Promise<any> {
    const response = await this.request(method, path, body);
    const text = await response.text();
    if (response.status !== expected) {
      throw new Error(`${method} ${path}: expected ${expected}, got ${response.status} ${text}`);
    }
    return text ? JSON.parse(text) : undefined;
  }
}

/** A console socket: cookie auth, and the Origin a page of careline's would send. */
export class StaffSocket {
  readonly frames: Array<Record<string, any>> = [];
  closed: { code: number } | undefined;
  private waiters: Array<() => void> = [];

  private constructor(readonly ws: WebSocket) {
    ws.on("message", (data) => {
      this.frames.push(JSON.parse(String(data)));
      this.wake();
    });
    ws.on("close", (code) => {
      this.closed = { code };
      this.wake();
    });
  }

  private wake() {
    for (const w of this.waiters.splice(0)) w();
  }

  static open(
    baseUrl: string,
    cookie: string | undefined,
    origin: string | null = baseUrl,
  ): Promise<StaffSocket> {
    const headers: Record<string, string> = {};
    if (cookie) headers.Cookie = `careline_staff=${cookie}`;
    if (origin) headers.Origin = origin;
    const ws = new WebSocket(`${baseUrl.replace(/^http/, "ws")}/api/staff/socket`, { headers });
    const socket = new StaffSocket(ws);
    return new Promise((resolve, reject) => {
      ws.once("open", () => resolve(socket));
      ws.once("unexpected-response", (_req, res) =>
        reject(new Error(`upgrade refused: ${res.statusCode}`)),
      );
      ws.once("error", reject);
    });
  }

  send(frame: unknown) {
    this.ws.send(JSON.stringify(frame));
  }

  async next(predicate: (f: Record<string, any>) => boolean, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.frames.findIndex(predicate);
      if (index >= 0) return this.frames.splice(0, index + 1)[index] as Record<string, any>;
      if (this.closed) throw new Error(`socket closed (${this.closed.code}) before a match`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching frame; got ${JSON.stringify(this.frames)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async waitClosed(timeoutMs = 5_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    if (!this.closed) throw new Error("socket still open");
    return this.closed.code;
  }

  close() {
    this.ws.close();
  }
}

/** A clock tests can move forward (idle timeouts, session lifetime, SLA). */
export class TestClock {
  private offsetMs = 0;
  readonly now = () => new Date(Date.now() + this.offsetMs);
  advance(ms: number) {
    this.offsetMs += ms;
  }
}

/** A patient conversation whose message escalates (needs the escalatingStages override). */
export async function escalatedConversation(
  baseUrl: string,
  text = "[emergency] my chest hurts and my arm is numb",
) {
  const { createConversation, sendText } = await import("./http-client.ts");
  const conversation = await createConversation(baseUrl);
  const { reply } = await sendText(baseUrl, conversation, text);
  if (!reply.escalation) throw new Error("the message did not escalate");
  return { conversation, escalationId: reply.escalation.id, reply };
}
