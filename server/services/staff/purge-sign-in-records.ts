import { and, count, isNotNull, isNull, lt, or } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { staffLoginThrottles, staffSessions } from "../../db/schema/index.ts";
import { appendAudit } from "../audit/append-audit.ts";
import { WINDOW_MS } from "./login-throttle.ts";

// Ended sessions are kept a week for investigations (the audit log is the lasting record); a
// failure counter with no lock and no failure within its window no longer affects anyone.
const ENDED_SESSION_KEEP_MS = 7 * 86_400_000;

export interface SignInPurge {
  sessions: number;
  throttles: number;
}

export async function purgeSignInRecords(
  db: Database,
  input: { now: Date; dryRun: boolean },
): Promise<SignInPurge> {
  const cutoff = new Date(input.now.getTime() - ENDED_SESSION_KEEP_MS);
  // The idle timeout is at most a day, so a session unseen for a week has ended too.
  const endedSessions = or(
    lt(staffSessions.expiresAt, cutoff),
    lt(staffSessions.lastSeenAt, cutoff),
    and(isNotNull(staffSessions.revokedAt), lt(staffSessions.revokedAt, cutoff)),
  );
  const staleThrottles = and(
    lt(staffLoginThrottles.lastFailureAt, new Date(input.now.getTime() - WINDOW_MS)),
    or(isNull(staffLoginThrottles.lockedUntil), lt(staffLoginThrottles.lockedUntil, input.now)),
  );
  if (input.dryRun) {
    const [sessions] = await db.select({ n: count() }).from(staffSessions).where(endedSessions);
    const [throttles] = await db
      .select({ n: count() })
      .from(staffLoginThrottles)
      .where(staleThrottles);
    return { sessions: sessions?.n ?? 0, throttles: throttles?.n ?? 0 };
  }
  return db.transaction(async (tx) => {
    const sessions = (
      await tx.delete(staffSessions).where(endedSessions).returning({ id: staffSessions.id })
    ).length;
    const throttles = (
      await tx
        .delete(staffLoginThrottles)
        .where(staleThrottles)
        .returning({ key: staffLoginThrottles.key })
    ).length;
    await appendAudit(tx, {
      actor: null,
      action: "retention.purge_sign_in_records",
      detail: { sessions, throttles, via: "cli" },
      at: input.now,
    });
    return { sessions, throttles };
  });
}
