import { eq } from "drizzle-orm";
import { STAFF_ROLES, type StaffRole, staff } from "../../db/schema/index.ts";
import { appendAudit } from "../audit/append-audit.ts";
import { ServiceError } from "../errors.ts";
import type { AdminContext } from "./admin-context.ts";
import { findStaff } from "./find-staff.ts";
import { assertKeepsAnAdmin } from "./last-admin.ts";
import { auditActor, type StaffAdminView, toStaffAdminView } from "./principal.ts";

/** Changes a role; it applies from the person's next request (roles are read per request). */
export async function changeStaffRole(
  ctx: AdminContext,
  by: { id: string } | { email: string },
  role: StaffRole,
): Promise<StaffAdminView> {
  if (!STAFF_ROLES.includes(role)) {
    throw new ServiceError("invalid", `role: one of ${STAFF_ROLES.join(", ")}`);
  }
  return ctx.db.transaction(async (tx) => {
    const target = await findStaff(tx, by);
    if (target.role === role) throw new ServiceError("conflict", `This account is already ${role}`);
    if (role !== "admin") await assertKeepsAnAdmin(tx, target);
    const [updated] = await tx
      .update(staff)
      .set({ role, updatedAt: ctx.now })
      .where(eq(staff.id, target.id))
      .returning();
    await appendAudit(tx, {
      actor: ctx.actor ? auditActor(ctx.actor) : null,
      action: "staff.role_change",
      target: { type: "staff", id: target.id },
      ...(ctx.requestId ? { requestId: ctx.requestId } : {}),
      detail: { from: target.role, to: role, via: ctx.via },
      at: ctx.now,
    });
    return toStaffAdminView(updated ?? target);
  });
}
