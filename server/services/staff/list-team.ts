import { asc, isNull } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { type StaffRole, staff } from "../../db/schema/index.ts";

export interface TeamMember {
  id: string;
  displayName: string;
  role: StaffRole;
}

/** Active care-team members, for reassigning: no emails, no account state. */
export async function listTeam(db: Executor): Promise<TeamMember[]> {
  return db
    .select({ id: staff.id, displayName: staff.displayName, role: staff.role })
    .from(staff)
    .where(isNull(staff.disabledAt))
    .orderBy(asc(staff.displayName));
}
