import type { SQL } from "drizzle-orm";
import type { Database } from "../db/client.ts";

/** Raw rows from either driver (postgres.js returns an array; PGlite returns { rows }). */
export async function execRows<T extends Record<string, unknown>>(
  db: Database,
  query: SQL,
): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}
