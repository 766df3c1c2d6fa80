import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type DatabaseHandle, openDatabase } from "../../server/db/client.ts";
import { ingestLibrary } from "../../server/retrieval/ingest.ts";
import { BUNDLED_LIBRARY_DIR, today } from "../../server/retrieval/library.ts";

// PGlite's first start (initdb) takes seconds; reopening a directory takes well under one. The run
// builds one migrated data directory with the bundled library ingested, and every test server
// starts from a copy of it (its own start-up sync then finds nothing to do).

// Document paths are stored relative to the repository, as the server's own start-up sync does.
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

export async function buildPgliteTemplate(): Promise<{ dir: string; remove(): void }> {
  const root = mkdtempSync(join(tmpdir(), "careline-template-"));
  const dir = join(root, "db");
  const handle = await openDatabase({ kind: "pglite", dataDir: dir });
  try {
    await prepareTemplate(handle);
  } finally {
    await handle.close();
  }
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Copies the template to `target` (which must not exist yet). */
export function copyPgliteTemplate(template: string, target: string): void {
  cpSync(template, target, { recursive: true });
}

/** Migrations plus the bundled guidance library: what every test database starts from. */
export async function prepareTemplate(handle: DatabaseHandle): Promise<void> {
  await handle.migrate();
  const report = await ingestLibrary(handle.db, BUNDLED_LIBRARY_DIR, {
    today: today(),
    root: ROOT,
  });
  if (report.errors.length > 0)
    throw new Error(`bundled guidance is invalid: ${report.errors[0]?.message}`);
}
