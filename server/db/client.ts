import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { lockDataDir } from "./data-dir-lock.ts";
import * as schema from "./schema/index.ts";

export type Schema = typeof schema;
/** One type for both drivers: services never know which one they run on. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = "pglite" | "postgres";

export const MIGRATIONS_DIR = fileURLToPath(new URL("./migrations", import.meta.url));
// An arbitrary, fixed advisory-lock key for "running migrations".
const MIGRATION_LOCK = 7_462_173_000;

export type DatabaseConfig =
  | { kind: "postgres"; url: string; maxConnections?: number }
  | { kind: "pglite"; dataDir: string | undefined };

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** A short description for logs and /readyz, never including credentials. */
  describe: string;
  /** Raw client for the few things drizzle has no API for (LISTEN/NOTIFY). */
  raw: { kind: "pglite"; client: PGlite } | { kind: "postgres"; client: postgres.Sql };
  migrate(): Promise<void>;
  close(): Promise<void>;
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `postgres://${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return "postgres";
  }
}

export async function openDatabase(config: DatabaseConfig): Promise<DatabaseHandle> {
  if (config.kind === "postgres") {
    const client = postgres(config.url, {
      max: config.maxConnections ?? 10,
      onnotice: () => {},
      connection: { application_name: "careline" },
    });
    const db = drizzlePostgres(client, { schema, casing: "snake_case" }) as unknown as Database;
    return {
      db,
      kind: "postgres",
      describe: redactUrl(config.url),
      raw: { kind: "postgres", client },
      async migrate() {
        // drizzle's migrator is not safe across processes: instances starting together take
        // turns. The lock lives on one reserved connection and dies with it if we crash.
        const reserved = await client.reserve();
        try {
          await reserved`select pg_advisory_lock(${MIGRATION_LOCK})`;
          await migratePostgres(drizzlePostgres(client), { migrationsFolder: MIGRATIONS_DIR });
        } finally {
          await reserved`select pg_advisory_unlock(${MIGRATION_LOCK})`.catch(() => {});
          reserved.release();
        }
      },
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dataDir = config.dataDir === undefined ? undefined : resolve(config.dataDir);
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  } catch (error) {
    release();
    throw error;
  }
  const db = drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Database;
  return {
    db,
    kind: "pglite",
    describe: dataDir ? `pglite:${dataDir}` : "pglite:memory",
    raw: { kind: "pglite", client },
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_DIR }),
    async close() {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

/** A transaction handle, accepted wherever a query may run inside the caller's transaction. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Executor = Database | Transaction;
