import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { type DatabaseHandle, openDatabase } from "../../server/db/client.ts";
import { copyPgliteTemplate } from "./pglite-template.ts";
import {
  createPostgresDatabase,
  type DatabaseChoice,
  postgresAvailability,
} from "./test-database.ts";

/** A migrated database handle without a server, on PGlite or the run's real PostgreSQL. */
export async function openTestDatabase(
  choice: DatabaseChoice,
): Promise<DatabaseHandle & { dispose(): Promise<void> }> {
  if (choice === "postgres") {
    const created = await createPostgresDatabase(postgresAvailability().url);
    const handle = await openDatabase({ kind: "postgres", url: created.url, maxConnections: 4 });
    await handle.migrate();
    return Object.assign(handle, {
      async dispose() {
        await handle.close();
        await created.drop();
      },
    });
  }
  const dir = mkdtempSync(join(tmpdir(), "careline-db-"));
  const dataDir = join(dir, "db");
  copyPgliteTemplate(inject("pgliteTemplate"), dataDir);
  const handle = await openDatabase({ kind: "pglite", dataDir });
  await handle.migrate();
  return Object.assign(handle, {
    async dispose() {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}
