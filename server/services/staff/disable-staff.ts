import { and, eq, isNull } from "drizzle-orm";
import { staff, staffSessions } from "../../db/schema/index.ts";
import { appendAudit } from "../audit/append-audit.ts";
import { ServiceError } from "../errors.ts";
import type { AdminContext } from "./admin-context.ts";
import { findStaff } from "./find-staff.ts";
import { assertKeepsAnAdmin } from "./last-admin.ts";
import { auditActor, type StaffAdminView, toStaffAdminView } from "./principal.ts";

/** Disables an account and ends every session it has, on every instance. */
export async function disableStaff(
  ctx: AdminContext,
  by: { id: string } | { email: string },
): Promise<StaffAdminView> {
  const row = await ctx.db.transaction(async (tx) => {
    const target = await findStaff(tx, by);
    if (target.disabledAt) throw new ServiceError("conflict", "This account is already disabled");
    await assertKeepsAnAdmin(tx, target);
    const [updated] = await tx
      .update(staff)
      .set({ disabledAt: ctx.now, updatedAt: ctx.now })
      .where(eq(staff.id, target.id))
      .returning();
    await tx
      .update(staffSessions)
      .set({ revokedAt: ctx.now })
      .where(and(eq(staffSessions.staffId, target.id), isNull(staffSessions.revokedAt)));
    await appendAudit(tx, {
      actor: ctx.actor ? auditActor(ctx.actor) : null,
      action: "staff.disable",
      target: { type: "staff", id: target.id },
      ...(ctx.requestId ? { requestId: ctx.requestId } : {}),
      detail: { role: target.role, via: ctx.via },
      at: ctx.now,
    });
    return updated ?? target;
  });
  await ctx.events?.publish({ type: "sessions.ended", staffId: row.id });
  return toStaffAdminView(row);
}
