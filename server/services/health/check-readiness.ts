import type { DatabaseHandle } from "../../db/client.ts";
import { readMigrationStatus } from "../../db/migration-status.ts";

export interface Readiness {
  ready: boolean;
  database: { kind: string; reachable: boolean; migrations: { applied: number; expected: number } };
  model: { mode: string };
}

export async function checkReadiness(
  database: DatabaseHandle,
  modelMode: string,
): Promise<Readiness> {
  let reachable = false;
  let migrations = { applied: 0, expected: 0 };
  try {
    migrations = await readMigrationStatus(database.db);
    reachable = true;
  } catch {
    reachable = false;
  }
  const ready = reachable && migrations.applied >= migrations.expected && migrations.expected > 0;
  return {
    ready,
    database: { kind: database.kind, reachable, migrations },
    model: { mode: modelMode },
  };
}
