import { eq } from "drizzle-orm";
import { staffSessions } from "../../db/schema/index.ts";
import { appendAudit } from "../audit/append-audit.ts";
import { auditActor, type StaffContext } from "./principal.ts";

export async function logOut(ctx: StaffContext): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(staffSessions)
      .set({ revokedAt: ctx.now })
      .where(eq(staffSessions.id, ctx.actor.sessionId));
    await appendAudit(tx, {
      actor: auditActor(ctx.actor),
      action: "staff.logout",
      target: { type: "staff", id: ctx.actor.id },
      requestId: ctx.requestId,
      detail: { sessionId: ctx.actor.sessionId },
      at: ctx.now,
    });
  });
}
