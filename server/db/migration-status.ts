import { readFileSync } from "node:fs";
import { join } from "node:path";
import { count } from "drizzle-orm";
import { bigint, pgSchema, serial, text } from "drizzle-orm/pg-core";
import { type Database, MIGRATIONS_DIR } from "./client.ts";

// drizzle's own bookkeeping table, declared here only to read it through the query builder.
const drizzleSchema = pgSchema("drizzle");
const appliedMigrations = drizzleSchema.table("__drizzle_migrations", {
  id: serial().primaryKey(),
  hash: text().notNull(),
  createdAt: bigint("created_at", { mode: "number" }),
});

export interface MigrationStatus {
  applied: number;
  expected: number;
}

export function expectedMigrationCount(): number {
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_DIR, "meta", "_journal.json"), "utf8"));
  return (journal.entries as unknown[]).length;
}

export async function readMigrationStatus(db: Database): Promise<MigrationStatus> {
  const [row] = await db.select({ n: count() }).from(appliedMigrations);
  return { applied: row?.n ?? 0, expected: expectedMigrationCount() };
}
