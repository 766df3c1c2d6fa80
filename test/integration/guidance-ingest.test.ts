import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { guidanceVersions } from "../../server/db/schema/index.ts";
import { ingestLibrary } from "../../server/retrieval/ingest.ts";
import { fixtureMarkdown, writeLibrary } from "../support/guidance-fixtures.ts";
import { openTestDatabase } from "../support/test-db-handle.ts";
import { databaseTargets } from "./databases.ts";

const TODAY = "2026-11-25";
const body = (topic: string) =>
  `## About ${topic}\n\nPlain words about ${topic}.\n\n## When to get help\n\nCall {{emergency_number}} if ${topic} gets much worse.`;

for (const target of databaseTargets()) {
  describe.skipIf(target.skip)(`guidance ingestion on ${target.label}`, () => {
    let db: Awaited<ReturnType<typeof openTestDatabase>>;
    beforeAll(async () => {
      db = await openTestDatabase(target.database);
    });
    afterAll(() => db?.dispose());

    test("ingests valid documents as chunks per section, and a second run changes nothing", async () => {
      const dir = writeLibrary([
        { id: "sore-knees", body: body("sore knees") },
        { id: "hiccups", body: body("hiccups") },
      ]);
      const first = await ingestLibrary(db.db, dir, { today: TODAY });
      expect(first.added.sort()).toEqual(["hiccups@1", "sore-knees@1"]);
      expect(first.errors).toEqual([]);
      const again = await ingestLibrary(db.db, dir, { today: TODAY });
      expect(again.added).toEqual([]);
      expect(again.unchanged).toBe(2);
      const rows = await db.db
        .select()
        .from(guidanceVersions)
        .where(eq(guidanceVersions.documentId, "sore-knees"));
      expect(rows).toHaveLength(1);
    });

    test.each([
      ["a missing field", "review_due", (md: string) => md.replace(/review_due: .*\n/, "")],
      [
        "an invalid date",
        "reviewed_at",
        (md: string) => md.replace(/reviewed_at: .*/, "reviewed_at: last tuesday"),
      ],
      [
        "an unknown status",
        "status",
        (md: string) => md.replace("status: approved", "status: published"),
      ],
      [
        "a non-http source",
        "sources.0.url",
        (md: string) => md.replace("https://example.org/source", "javascript:alert(1)"),
      ],
      [
        "an unknown field",
        "reviewer_phone",
        (md: string) => md.replace("version: 1", "version: 1\nreviewer_phone: 555"),
      ],
      [
        "an id that isn't the file name",
        "id",
        (md: string) => md.replace("id: bad-doc", "id: other-doc"),
      ],
    ])("rejects %s and names the file and the field", async (_name, field, mutate) => {
      const dir = writeLibrary([]);
      writeFileSync(
        join(dir, "bad-doc.md"),
        mutate(fixtureMarkdown({ id: "bad-doc", body: body("bad") })),
      );
      const report = await ingestLibrary(db.db, dir, { today: TODAY, root: dir });
      expect(report.added).toEqual([]);
      expect(report.errors).toHaveLength(1);
      expect(report.errors[0]?.message).toContain("bad-doc.md");
      expect(report.errors[0]?.field).toBe(field);
    });

    test("refuses an unknown placeholder so a typo never reaches a patient", async () => {
      const dir = writeLibrary([
        { id: "typo-doc", body: "## About\n\nCall {{emergncy_number}} now." },
      ]);
      const report = await ingestLibrary(db.db, dir, { today: TODAY });
      expect(report.errors[0]?.message).toMatch(/unknown placeholder \{\{emergncy_number\}\}/);
    });

    test("a new version supersedes the old one, which stays stored for replies that cited it", async () => {
      const dir = writeLibrary([{ id: "earwax", version: 1, body: body("earwax") }]);
      await ingestLibrary(db.db, dir, { today: TODAY });
      writeLibrary([{ id: "earwax", version: 2, body: `${body("earwax")}\n\nNew advice.` }], dir);
      const report = await ingestLibrary(db.db, dir, { today: TODAY });
      expect(report.added).toEqual(["earwax@2"]);
      const versions = await db.db
        .select()
        .from(guidanceVersions)
        .where(eq(guidanceVersions.documentId, "earwax"));
      expect(versions.map((v) => [v.version, v.isCurrent]).sort()).toEqual([
        [1, false],
        [2, true],
      ]);
    });

    test("refuses changed content under a version that was already ingested", async () => {
      const dir = writeLibrary([{ id: "bunions", body: body("bunions") }]);
      await ingestLibrary(db.db, dir, { today: TODAY });
      writeLibrary([{ id: "bunions", body: `${body("bunions")}\n\nQuietly edited.` }], dir);
      const report = await ingestLibrary(db.db, dir, { today: TODAY });
      expect(report.errors[0]?.field).toBe("version");
      expect(report.errors[0]?.message).toMatch(/bump the version/);
    });

    test("withholds retired, draft and overdue documents and says why", async () => {
      const dir = writeLibrary([
        { id: "old-advice", status: "retired", body: body("old advice") },
        { id: "draft-advice", status: "draft", body: body("draft advice") },
        { id: "stale-advice", reviewDue: "2026-06-01", body: body("stale advice") },
      ]);
      const report = await ingestLibrary(db.db, dir, { today: TODAY });
      const reasons = Object.fromEntries(report.withheld.map((w) => [w.documentId, w.reason]));
      expect(reasons["old-advice"]).toBe("status is retired");
      expect(reasons["draft-advice"]).toBe("status is draft");
      expect(reasons["stale-advice"]).toBe("review overdue since 2026-06-01");
    });
  });
}
