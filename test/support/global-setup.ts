import { randomBytes } from "node:crypto";
import postgres from "postgres";
import type {} from "vitest";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../server/db/client.ts";
import { buildPgliteTemplate, prepareTemplate } from "./pglite-template.ts";
import { findPostgresBin, startThrowawayPostgres } from "./throwaway-postgres.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** Admin URL of a real PostgreSQL server, or "" with the reason in postgresSkipReason. */
    postgresUrl: string;
    postgresSkipReason: string;
    /** A migrated PGlite data directory to copy; "" where none was built. */
    pgliteTemplate: string;
    /** A migrated PostgreSQL database to create test databases from; "" where there is none. */
    postgresTemplate: string;
  }
}

// Per project: a migrated PGlite template to copy, and (integration only) one real PostgreSQL
// server for the whole run: TEST_DATABASE_URL if given, else a throwaway one from the installed
// binaries. Each test file creates its own database on it.
export async function setup(project: TestProject): Promise<() => Promise<void>> {
  const template = await buildPgliteTemplate();
  project.provide("pgliteTemplate", template.dir);
  const stopPostgres = await setupPostgres(project);
  return async () => {
    await stopPostgres();
    template.remove();
  };
}

async function setupPostgres(project: TestProject): Promise<() => Promise<void> | void> {
  project.provide("postgresTemplate", "");
  if (project.name !== "integration") {
    project.provide("postgresUrl", "");
    project.provide("postgresSkipReason", "PostgreSQL is started for the integration project only");
    return () => {};
  }
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide("postgresUrl", given);
    project.provide("postgresSkipReason", "");
    return buildPostgresTemplate(project, given);
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
  const dropTemplate = await buildPostgresTemplate(project, pg.url);
  return async () => {
    await dropTemplate();
    pg.stop();
  };
}

// CREATE DATABASE … TEMPLATE copies files, far faster than migrating and ingesting per test file.
async function buildPostgresTemplate(
  project: TestProject,
  adminUrl: string,
): Promise<() => Promise<void>> {
  const name = `careline_template_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: "postgres", url: url.toString(), maxConnections: 2 });
  try {
    await prepareTemplate(handle);
  } finally {
    await handle.close();
  }
  project.provide("postgresTemplate", name);
  return async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
}
