import type { Env } from "../env.ts";
import type { DatabaseConfig } from "./client.ts";

/** The database the env names: PostgreSQL when DATABASE_URL is set, else PGlite on disk. */
export function databaseConfigFrom(env: Env): DatabaseConfig {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };
  return {
    kind: "pglite",
    dataDir: env.CARELINE_DATA_DIR === ":memory:" ? undefined : env.CARELINE_DATA_DIR,
  };
}
