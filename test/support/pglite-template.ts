import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../../server/db/client.ts";

// PGlite's first start (initdb) takes seconds; reopening a directory takes well under one. The run
// builds one migrated data directory and every test server starts from a copy of it.

export async function buildPgliteTemplate(): Promise<{ dir: string; remove(): void }> {
  const root = mkdtempSync(join(tmpdir(), "careline-template-"));
  const dir = join(root, "db");
  const handle = await openDatabase({ kind: "pglite", dataDir: dir });
  try {
    await handle.migrate();
  } finally {
    await handle.close();
  }
  return { dir, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Copies the template to `target` (which must not exist yet). */
export function copyPgliteTemplate(template: string, target: string): void {
  cpSync(template, target, { recursive: true });
}
