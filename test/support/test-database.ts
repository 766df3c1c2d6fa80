import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { inject } from "vitest";

export type DatabaseChoice = "pglite" | "postgres";

/** The real PostgreSQL server of this run, or why there is none. */
export function postgresAvailability(): { url: string; skipReason: string } {
  return { url: inject("postgresUrl"), skipReason: inject("postgresSkipReason") };
}

/**
 * A fresh database on the run's PostgreSQL server, dropped by the returned function. It starts as
 * a copy of the run's template (migrated, bundled library ingested) unless `empty` is asked for.
 */
export async function createPostgresDatabase(
  adminUrl: string,
  options: { empty?: boolean } = {},
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `careline_test_${randomBytes(6).toString("hex")}`;
  const template = options.empty ? "" : inject("postgresTemplate");
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}${template ? ` template ${template}` : ""}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
