import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { inject } from "vitest";

export type DatabaseChoice = "pglite" | "postgres";

/** The real PostgreSQL server of this run, or why there is none. */
export function postgresAvailability(): { url: string; skipReason: string } {
  return { url: inject("postgresUrl"), skipReason: inject("postgresSkipReason") };
}

/** A fresh database on the run's PostgreSQL server, dropped by the returned function. */
export async function createPostgresDatabase(
  adminUrl: string,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `careline_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
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
