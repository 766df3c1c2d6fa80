// The staff API client: session cookie rides along same-origin; the CSRF token is held in memory
// only and sent on every state-changing request.
import { ApiRequestError } from "../shared/api.ts";
import type {
  AuditEvent,
  AuditFilters,
  EscalationStatus,
  MessageView,
  Outcome,
  Packet,
  QueueItem,
  SessionInfo,
  StaffUser,
  TeamMember,
} from "./types.ts";

export class StaffApiError extends ApiRequestError {
  constructor(
    status: number,
    code: string,
    message: string,
    /** Seconds from a 429's Retry-After. */
    readonly retryAfterSeconds?: number,
  ) {
    super(status, code, message);
  }
}

let csrfToken: string | undefined;
let onSessionExpired: () => void = () => {};
/** Server clock minus ours, from the Date header: SLA countdowns follow the server's clock. */
let clockOffsetMs = 0;

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

export function onExpiredSession(handler: () => void): void {
  onSessionExpired = handler;
}

export function serverNow(): number {
  return Date.now() + clockOffsetMs;
}

interface CallOptions {
  method?: "GET" | "POST" | "PUT";
  body?: unknown;
  /** A 401 here means "not signed in" (login, the start-up check), not "session expired". */
  expect401?: boolean;
}

function retryAfter(response: Response): number | undefined {
  const header = response.headers.get("Retry-After");
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - Date.now()) / 1000));
}

async function send(path: string, options: CallOptions): Promise<Response> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = { Accept: "application/json" };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (method !== "GET" && csrfToken) headers["X-CSRF-Token"] = csrfToken;
  return fetch(path, {
    method,
    headers,
    credentials: "same-origin",
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
}

async function call<T>(path: string, options: CallOptions = {}): Promise<T> {
  let response = await send(path, options);
  // A token can go stale (e.g. the server rotated it); fetch the current one and retry once.
  if (response.status === 403 && options.method && options.method !== "GET" && !options.expect401) {
    const before = csrfToken;
    const me = await fetch("/api/staff/me", { headers: { Accept: "application/json" } });
    if (me.ok) {
      const fresh = (await me.json()) as SessionInfo;
      if (fresh.csrfToken && fresh.csrfToken !== before) {
        csrfToken = fresh.csrfToken;
        response = await send(path, options);
      }
    }
  }
  const date = Date.parse(response.headers.get("Date") ?? "");
  if (!Number.isNaN(date)) clockOffsetMs = date - Date.now();
  if (response.status === 204) return undefined as T;
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } }).error;
    if (response.status === 401 && !options.expect401) onSessionExpired();
    throw new StaffApiError(
      response.status,
      error?.code ?? "UNKNOWN",
      error?.message ?? response.statusText,
      retryAfter(response),
    );
  }
  return body as T;
}

const enc = encodeURIComponent;

export const staffApi = {
  login: (email: string, password: string) =>
    call<SessionInfo>("/api/staff/login", {
      method: "POST",
      body: { email, password },
      expect401: true,
    }),
  me: () => call<SessionInfo>("/api/staff/me", { expect401: true }),
  logout: () => call<void>("/api/staff/logout", { method: "POST", expect401: true }),
  escalations: (status: EscalationStatus) =>
    call<{ escalations: QueueItem[] }>(`/api/staff/escalations?status=${enc(status)}`),
  packet: (id: string) => call<Packet>(`/api/staff/escalations/${enc(id)}`),
  transition: (id: string, verb: "claim" | "release" | "reopen") =>
    call<{ escalation: QueueItem }>(`/api/staff/escalations/${enc(id)}/${verb}`, {
      method: "POST",
      body: {},
    }),
  reassign: (id: string, staffId: string) =>
    call<{ escalation: QueueItem }>(`/api/staff/escalations/${enc(id)}/reassign`, {
      method: "POST",
      body: { staffId },
    }),
  note: (id: string, text: string) =>
    call<unknown>(`/api/staff/escalations/${enc(id)}/notes`, { method: "POST", body: { text } }),
  resolve: (id: string, outcome: Outcome, note?: string) =>
    call<{ escalation: QueueItem }>(`/api/staff/escalations/${enc(id)}/resolve`, {
      method: "POST",
      body: note ? { outcome, note } : { outcome },
    }),
  messagePatient: (conversationId: string, text: string) =>
    call<{ message: MessageView }>(`/api/staff/conversations/${enc(conversationId)}/messages`, {
      method: "POST",
      body: { text },
    }),
  audit: (filters: AuditFilters) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
    return call<{ events: AuditEvent[] }>(`/api/staff/audit?${query}`);
  },
  users: () => call<{ users: StaffUser[] }>("/api/staff/users"),
  team: () => call<{ team: TeamMember[] }>("/api/staff/team"),
};
