import { fileURLToPath } from "node:url";
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

export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Brings the library in the database up to date at start (idempotent: unchanged documents are
 * skipped) and reports what is withheld, so an expired or invalid document is never silent.
 */
export async function syncLibraryAtStart(db: Database, dir: string, logger: Logger): Promise<void> {
  const report = await ingestLibrary(db, dir, { today: today(), root: ROOT });
  if (report.added.length === 0 && (await termsNeedRefresh(db))) await refreshTerms(db);
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
