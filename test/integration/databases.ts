import { postgresAvailability } from "../support/test-database.ts";

// Contract tests run on both drivers; PostgreSQL reports as skipped (with why) where there is none.
export function databaseTargets() {
  const pg = postgresAvailability();
  return [
    { label: "PGlite", database: "pglite" as const, skip: false },
    {
      label: pg.url ? "PostgreSQL" : `PostgreSQL (skipped: ${pg.skipReason})`,
      database: "postgres" as const,
      skip: !pg.url,
    },
  ];
}
