import { and, lt, notExists, sql } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { conversations, escalations } from "../../db/schema/index.ts";
import { appendAudit } from "../audit/append-audit.ts";
import { getRetention } from "./retention.ts";

export type PurgeResult =
  | { purged: false; reason: string }
  | { purged: true; deleted: number; cutoff: Date; days: number; dryRun: boolean };

const DAY = 86_400_000;

/**
 * Deletes conversations (with their messages, ledgers and escalations) untouched for longer than
 * the retention setting, except any with an unresolved escalation. The audit log keeps the count,
 * never the content; a dry run counts without deleting.
 */
export async function purgeConversations(
  db: Database,
  input: { now: Date; dryRun: boolean },
): Promise<PurgeResult> {
  const { conversationRetentionDays: days } = await getRetention(db);
  if (days === null) return { purged: false, reason: "no retention period is set; nothing purged" };
  const cutoff = new Date(input.now.getTime() - days * DAY);
  const expired = and(
    lt(conversations.updatedAt, cutoff),
    notExists(
      db
        .select({ one: sql`1` })
        .from(escalations)
        .where(
          and(
            sql`${escalations.conversationId} = ${conversations.id}`,
            sql`${escalations.status} <> 'resolved'`,
          ),
        ),
    ),
  );
  return db.transaction(async (tx) => {
    const deleted = input.dryRun
      ? (await tx.select({ id: conversations.id }).from(conversations).where(expired)).length
      : (await tx.delete(conversations).where(expired).returning({ id: conversations.id })).length;
    if (!input.dryRun) {
      await appendAudit(tx, {
        actor: null,
        action: "retention.purge",
        detail: { deleted, days, cutoff: cutoff.toISOString(), via: "cli" },
        at: input.now,
      });
    }
    return { purged: true, deleted, cutoff, days, dryRun: input.dryRun };
  });
}
