import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { type StaffRow, staff, staffSessions } from "../../db/schema/index.ts";
import { dummyPasswordHash, verifyPassword } from "../../lib/passwords.ts";
import { hashToken, newToken } from "../../lib/tokens.ts";
import { type AuditEntry, appendAudit } from "../audit/append-audit.ts";
import { ServiceError } from "../errors.ts";
import { assertNotLocked, clearFailures, recordFailure, throttleKey } from "./login-throttle.ts";
import { auditActor, normalizeEmail, type StaffView, toStaffView } from "./principal.ts";
import { csrfTokenFor, type SessionPolicy } from "./session-tokens.ts";

export interface LogInInput {
  email: string;
  password: string;
  /** The session cookie the browser already had, if any: it is revoked (no session fixation). */
  previousToken: string | undefined;
  requestId: string;
  now: Date;
  policy: SessionPolicy;
}

export interface LogInResult {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  staff: StaffView;
}

export const WRONG_CREDENTIALS = "Email or password is incorrect";

// The attempted email is never stored: for an unknown one it is often a mistyped password.
function failedLogin(
  person: StaffRow | undefined,
  reason: string,
  requestId: string,
  at: Date,
  failures?: number,
): AuditEntry {
  return {
    actor: person ? auditActor(person) : null,
    action: "staff.login_failed",
    ...(person ? { target: { type: "staff", id: person.id } } : {}),
    requestId,
    detail: { reason, ...(failures ? { failures } : {}) },
    at,
  };
}

/**
 * Signs a person in with a brand-new session. An unknown email, a wrong password and a disabled
 * account give the same answer after the same work (a scrypt verification against a dummy hash).
 */
export async function logIn(db: Database, input: LogInInput): Promise<LogInResult> {
  const { now } = input;
  const email = normalizeEmail(input.email);
  const key = throttleKey(email);
  const [person] = await db.select().from(staff).where(eq(staff.email, email));
  try {
    await assertNotLocked(db, key, now);
  } catch (error) {
    // Attempts during a lock are recorded too (a guessing run shows in the log), then refused.
    await db.transaction((tx) =>
      appendAudit(tx, failedLogin(person, "locked", input.requestId, now)),
    );
    throw error;
  }
  const matches = await verifyPassword(
    input.password,
    person?.passwordHash ?? (await dummyPasswordHash()),
  );
  if (!person || !matches || person.disabledAt) {
    const reason = !person ? "unknown_email" : !matches ? "wrong_password" : "disabled";
    await db.transaction(async (tx) => {
      const failures = await recordFailure(tx, key, now);
      await appendAudit(tx, failedLogin(person, reason, input.requestId, now, failures));
    });
    throw new ServiceError("unauthenticated", WRONG_CREDENTIALS);
  }
  const token = newToken();
  const expiresAt = new Date(now.getTime() + input.policy.lifetimeHours * 3_600_000);
  await db.transaction(async (tx) => {
    await clearFailures(tx, key);
    const stale = [lt(staffSessions.expiresAt, now)];
    if (input.previousToken)
      stale.push(eq(staffSessions.tokenHash, hashToken(input.previousToken)));
    await tx
      .update(staffSessions)
      .set({ revokedAt: now })
      .where(and(or(...stale), isNull(staffSessions.revokedAt)));
    const [session] = await tx
      .insert(staffSessions)
      .values({ tokenHash: hashToken(token), staffId: person.id, lastSeenAt: now, expiresAt })
      .returning({ id: staffSessions.id });
    await appendAudit(tx, {
      actor: auditActor(person),
      action: "staff.login",
      target: { type: "staff", id: person.id },
      requestId: input.requestId,
      detail: { sessionId: session?.id },
      at: now,
    });
  });
  return { token, csrfToken: csrfTokenFor(token), expiresAt, staff: toStaffView(person) };
}
