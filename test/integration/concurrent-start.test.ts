import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { spawnCareline } from "../support/spawn-careline.ts";
import { createPostgresDatabase, postgresAvailability } from "../support/test-database.ts";

const pg = postgresAvailability();

describe.skipIf(!pg.url)(
  `instances starting together on one PostgreSQL${pg.url ? "" : ` (skipped: ${pg.skipReason})`}`,
  { timeout: 180_000 },
  () => {
    let database: { url: string; drop(): Promise<void> };
    beforeAll(async () => {
      database = await createPostgresDatabase(pg.url, { empty: true });
    });
    afterAll(() => database?.drop());

    test("both start and serve: migrations and the guidance library sync take turns, not race", async () => {
      const [a, b] = await Promise.all([
        spawnCareline({ DATABASE_URL: database.url }, 150_000),
        spawnCareline({ DATABASE_URL: database.url }, 150_000),
      ]);
      try {
        for (const instance of [a, b]) {
          const ready = await fetch(`${instance.url}/readyz`);
          expect(ready.status).toBe(200);
        }
        const outputs = `${a.output()}\n${b.output()}`;
        expect(outputs).not.toMatch(/duplicate key|could not start/);
        // One instance ingested every document; the other found nothing left to do.
        expect(outputs).toMatch(/(\d+) documents valid, \1 new or updated/);
        expect(outputs).toMatch(/documents valid, 0 new or updated/);
      } finally {
        await Promise.all([a.stop(), b.stop()]);
      }
    });
  },
);
