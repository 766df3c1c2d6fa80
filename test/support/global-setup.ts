import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { buildPgliteTemplate } from "./pglite-template.ts";
import { findPostgresBin, startThrowawayPostgres } from "./throwaway-postgres.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Admin URL of a real PostgreSQL server, or "" with the reason in postgresSkipReason. */
    postgresUrl: string;
    postgresSkipReason: string;
    /** A migrated PGlite data directory to copy; "" where none was built. */
    pgliteTemplate: string;
  }
}

// Per project: a migrated PGlite template to copy, and (integration only) one real PostgreSQL
// server for the whole run: TEST_DATABASE_URL if given, else a throwaway one from the installed
// binaries. Each test file creates its own database on it.
export async function setup(project: TestProject): Promise<() => void> {
  const template = await buildPgliteTemplate();
  project.provide("pgliteTemplate", template.dir);
  const stopPostgres = await setupPostgres(project);
  return () => {
    stopPostgres();
    template.remove();
  };
}

async function setupPostgres(project: TestProject): Promise<() => void> {
  if (project.name !== "integration") {
    project.provide("postgresUrl", "");
    project.provide("postgresSkipReason", "PostgreSQL is started for the integration project only");
    return () => {};
  }
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide("postgresUrl", given);
    project.provide("postgresSkipReason", "");
    return () => {};
  }
  const bin = findPostgresBin();
  if (!bin) {
    project.provide("postgresUrl", "");
    project.provide(
      "postgresSkipReason",
      "no TEST_DATABASE_URL and no PostgreSQL server binaries under /usr/lib/postgresql",
    );
    return () => {};
  }
  const pg = await startThrowawayPostgres(bin);
  project.provide("postgresUrl", pg.url);
  project.provide("postgresSkipReason", "");
  return () => pg.stop();
}
