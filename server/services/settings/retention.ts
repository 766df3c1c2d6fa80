import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { settings } from "../../db/schema/index.ts";

export const RETENTION_KEY = "retention";
export const MAX_RETENTION_DAYS = 36_500;

export interface RetentionSettings {
  /** Conversations untouched for longer are purged by `npm run retention -- purge`; null keeps all. */
  conversationRetentionDays: number | null;
}

// No default period: deleting patient records is a decision the deploying organisation makes.
export const DEFAULT_RETENTION: RetentionSettings = { conversationRetentionDays: null };

export async function getRetention(db: Executor): Promise<RetentionSettings> {
  const [row] = await db.select().from(settings).where(eq(settings.key, RETENTION_KEY));
  const days = row?.value.conversationRetentionDays;
  return { conversationRetentionDays: typeof days === "number" ? days : null };
}
