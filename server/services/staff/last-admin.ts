import { and, asc, eq, isNull } from "drizzle-orm";
import type { Transaction } from "../../db/client.ts";
import { type StaffRow, staff } from "../../db/schema/index.ts";
import { ServiceError } from "../errors.ts";

/**
 * Refuses a change that would leave no active admin (nobody could manage staff any more). The
 * active admins are locked, in id order (no deadlock), so two admins demoting each other at once
 * can't both succeed.
 */
export async function assertKeepsAnAdmin(tx: Transaction, target: StaffRow): Promise<void> {
  if (target.role !== "admin" || target.disabledAt) return;
  const admins = await tx
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.role, "admin"), isNull(staff.disabledAt)))
    .orderBy(asc(staff.id))
    .for("update");
  if (admins.length <= 1) {
    throw new ServiceError(
      "conflict",
      "careline needs at least one active admin; add another first",
    );
  }
}
