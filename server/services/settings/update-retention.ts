import { settings } from "../../db/schema/index.ts";
import { appendAudit } from "../audit/append-audit.ts";
import { auditActor, type StaffContext } from "../staff/principal.ts";
import { getRetention, RETENTION_KEY, type RetentionSettings } from "./retention.ts";

export async function updateRetention(
  ctx: StaffContext,
  next: RetentionSettings,
): Promise<RetentionSettings> {
  return ctx.db.transaction(async (tx) => {
    const previous = await getRetention(tx);
    const value = { conversationRetentionDays: next.conversationRetentionDays };
    await tx
      .insert(settings)
      .values({ key: RETENTION_KEY, value, updatedAt: ctx.now, updatedBy: ctx.actor.id })
      .onConflictDoUpdate({
        target: settings.key,
        set: { value, updatedAt: ctx.now, updatedBy: ctx.actor.id },
      });
    await appendAudit(tx, {
      actor: auditActor(ctx.actor),
      action: "settings.update",
      target: { type: "setting", id: RETENTION_KEY },
      requestId: ctx.requestId,
      detail: { from: previous, to: value },
      at: ctx.now,
    });
    return value;
  });
}
