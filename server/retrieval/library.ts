import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import type { Database } from "../db/client.ts";
import type { Logger } from "../logger.ts";
import { ingestLibrary, refreshTerms, termsNeedRefresh } from "./ingest.ts";

export const BUNDLED_LIBRARY_DIR = fileURLToPath(
  new URL("../../guidance/library", import.meta.url),
);
export const BUNDLED_SYNONYMS_FILE = fileURLToPath(
  new URL("../../guidance/synonyms.yaml", import.meta.url),
);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
// An arbitrary, fixed advisory-lock key for "syncing the guidance library".
const LIBRARY_SYNC_LOCK = 7_462_173_001;

export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Brings the library in the database up to date at start (idempotent: unchanged documents are
 * skipped) and reports what is withheld, so an expired or invalid document is never silent.
 */
export async function syncLibraryAtStart(db: Database, dir: string, logger: Logger): Promise<void> {
  // Instances starting together on one PostgreSQL take turns (the first ingests, the rest find
  // everything unchanged); the lock ends with the transaction, so a crash can't leave it held.
  const report = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LIBRARY_SYNC_LOCK})`);
    const scoped = tx as unknown as Database;
    const result = await ingestLibrary(scoped, dir, { today: today(), root: ROOT });
    if (result.added.length === 0 && (await termsNeedRefresh(scoped))) await refreshTerms(scoped);
    return result;
  });
  logger.info(
    {
      scanned: report.scanned,
      added: report.added.length,
      unchanged: report.unchanged,
      errors: report.errors.length,
      withheld: report.withheld.length,
    },
    `guidance library: ${report.scanned - report.errors.length} documents valid, ${report.added.length} new or updated, ${report.withheld.length} withheld, ${report.errors.length} invalid`,
  );
  for (const error of report.errors)
    logger.warn(
      { file: error.file, field: error.field },
      `guidance document withheld: ${error.message}`,
    );
  for (const item of report.withheld) {
    logger.warn(
      { documentId: item.documentId, version: item.version },
      `guidance document withheld: ${item.documentId}@${item.version} (${item.reason})`,
    );
  }
}
