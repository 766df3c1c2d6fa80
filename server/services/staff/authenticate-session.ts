import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { staff, staffSessions } from "../../db/schema/index.ts";
import { hashToken } from "../../lib/tokens.ts";
import { ServiceError } from "../errors.ts";
import type { StaffPrincipal } from "./principal.ts";
import type { SessionPolicy } from "./session-tokens.ts";

const MINUTE = 60_000;
// lastSeenAt is written at most this often: the idle clock is that coarse, and reads stay cheap.
const TOUCH_EVERY_MS = 30_000;

export const sessionEnded = () =>
  new ServiceError("unauthenticated", "Sign in to the care-team console (your session has ended)");

/** The cookie's secret → the signed-in person; 401 when missing, revoked, idle, expired or disabled. */
export async function authenticateSession(
  db: Database,
  token: string | undefined,
  now: Date,
  policy: SessionPolicy,
  options: { touch: boolean } = { touch: true },
): Promise<StaffPrincipal> {
  if (!token || token.length > 128) throw sessionEnded();
  const [found] = await db
    .select({ session: staffSessions, person: staff })
    .from(staffSessions)
    .innerJoin(staff, eq(staff.id, staffSessions.staffId))
    .where(and(eq(staffSessions.tokenHash, hashToken(token)), isNull(staffSessions.revokedAt)));
  if (!found || found.person.disabledAt) throw sessionEnded();
  const { session, person } = found;
  const idleFor = now.getTime() - session.lastSeenAt.getTime();
  if (now >= session.expiresAt || idleFor >= policy.idleMinutes * MINUTE) throw sessionEnded();
  // An open console socket re-checks without touching: only real use keeps a session alive.
  if (options.touch && idleFor >= TOUCH_EVERY_MS) {
    await db.update(staffSessions).set({ lastSeenAt: now }).where(eq(staffSessions.id, session.id));
  }
  return {
    id: person.id,
    email: person.email,
    displayName: person.displayName,
    role: person.role,
    sessionId: session.id,
  };
}
