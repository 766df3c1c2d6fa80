import { eq, sql } from "drizzle-orm";
import type { Database, Transaction } from "../../db/client.ts";
import { staffLoginThrottles } from "../../db/schema/index.ts";
import { hashToken } from "../../lib/tokens.ts";
import { ServiceError } from "../errors.ts";

// After FREE_FAILURES wrong passwords for one email, each further failure locks it for twice as
// long as the last (30 s, 1 min, 2 min … at most 15 min). The count resets after a success or an
// hour without failures. Unknown emails are counted exactly like known ones.
export const FREE_FAILURES = 5;
const BASE_LOCK_MS = 30_000;
const MAX_LOCK_MS = 15 * 60_000;
export const WINDOW_MS = 60 * 60_000;

export class LoginLockedError extends ServiceError {
  constructor(readonly retryAfterSeconds: number) {
    super("rate_limited", "Too many failed sign-ins for this email. Try again later.");
  }
}

export function throttleKey(email: string): string {
  return hashToken(`login:${email}`);
}

export async function assertNotLocked(db: Database, key: string, now: Date): Promise<void> {
  const [row] = await db
    .select({ lockedUntil: staffLoginThrottles.lockedUntil })
    .from(staffLoginThrottles)
    .where(eq(staffLoginThrottles.key, key));
  const until = row?.lockedUntil?.getTime() ?? 0;
  if (until > now.getTime()) throw new LoginLockedError(Math.ceil((until - now.getTime()) / 1000));
}

export function lockFor(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(BASE_LOCK_MS * 2 ** (failures - FREE_FAILURES), MAX_LOCK_MS);
}

export async function recordFailure(tx: Transaction, key: string, now: Date): Promise<number> {
  const [existing] = await tx
    .select()
    .from(staffLoginThrottles)
    .where(eq(staffLoginThrottles.key, key))
    .for("update");
  const fresh = !existing || now.getTime() - existing.lastFailureAt.getTime() > WINDOW_MS;
  const failures = fresh ? 1 : existing.failures + 1;
  const lockMs = lockFor(failures);
  const values = {
    failures,
    lastFailureAt: now,
    lockedUntil: lockMs > 0 ? new Date(now.getTime() + lockMs) : null,
  };
  await tx
    .insert(staffLoginThrottles)
    .values({ key, ...values })
    .onConflictDoUpdate({ target: staffLoginThrottles.key, set: values });
  return failures;
}

export async function clearFailures(tx: Transaction, key: string): Promise<void> {
  await tx.delete(staffLoginThrottles).where(sql`${staffLoginThrottles.key} = ${key}`);
}
