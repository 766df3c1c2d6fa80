import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ingestLibrary } from "../../server/retrieval/ingest.ts";
import { BUNDLED_LIBRARY_DIR, BUNDLED_SYNONYMS_FILE } from "../../server/retrieval/library.ts";
import {
  createPostgresRetriever,
  type Retriever,
} from "../../server/retrieval/postgres-retriever.ts";
import { loadSynonyms } from "../../server/retrieval/synonyms.ts";
import { writeLibrary } from "../support/guidance-fixtures.ts";
import { openTestDatabase } from "../support/test-db-handle.ts";
import { databaseTargets } from "./databases.ts";

const TODAY = "2026-11-25";

for (const target of databaseTargets()) {
  describe.skipIf(target.skip)(`guidance retrieval on ${target.label}`, () => {
    let db: Awaited<ReturnType<typeof openTestDatabase>>;
    let retriever: Retriever;
    const topDocs = async (text: string, locale = "en-US") => [
      ...new Set(
        (await retriever.retrieve({ text, locale, level: "info", history: [] })).map(
          (p) => p.documentId,
        ),
      ),
    ];

    beforeAll(async () => {
      db = await openTestDatabase(target.database);
      await ingestLibrary(db.db, BUNDLED_LIBRARY_DIR, { today: TODAY });
      await ingestLibrary(
        db.db,
        writeLibrary([
          {
            id: "zz-retired-gargling",
            status: "retired",
            topics: ["gargling"],
            body: "## Gargling\n\nGargling gargling gargling.",
          },
          {
            id: "zz-overdue-gargling",
            reviewDue: "2026-01-02",
            topics: ["gargling"],
            body: "## Gargling\n\nGargling gargling gargling.",
          },
        ]),
        { today: TODAY },
      );
      retriever = createPostgresRetriever(db.db, {
        synonyms: loadSynonyms(BUNDLED_SYNONYMS_FILE),
        today: () => TODAY,
        limit: 10,
      });
    });
    afterAll(() => db?.dispose());

    test.each([
      [
        "lay words: tummy and throwing up",
        "my tummy hurts and ive been throwing up all night",
        ["diarrhoea-and-vomiting-adults", "severe-abdominal-pain"],
      ],
      [
        "lay words: puffer",
        "my puffer isnt helping and i cant catch my breath",
        ["severe-asthma-attack", "breathing-difficulty"],
      ],
      [
        "lay words: pee",
        "it stings when i pee and i need to go all the time",
        ["urinary-tract-infection-symptoms"],
      ],
      ["lay words: the runs", "had the runs since yesterday", ["diarrhoea-and-vomiting-adults"]],
      ["a typo: diarhea", "diarhea for three days", ["diarrhoea-and-vomiting-adults"]],
      ["a typo: siezure", "what to do when someone has a siezure", ["seizures"]],
      ["a typo: anaphalaxis", "anaphalaxis signs", ["anaphylaxis"]],
      ["a typo: sorethroat run together", "sore throte and swollen glands", ["sore-throat"]],
    ])("finds the right page for %s", async (_name, text, wanted) => {
      const docs = await topDocs(text);
      expect(wanted).toContain(docs[0]);
    });

    test("prefers the page for the child's age band", async () => {
      expect((await topDocs("my 6 week old has a temperature"))[0]).toBe(
        "fever-baby-under-3-months",
      );
      expect((await topDocs("my 4 month old has a temperature"))[0]).toBe(
        "fever-child-3-to-6-months",
      );
      expect((await topDocs("my 2 year old has a high temperature"))[0]).toBe(
        "fever-child-6-months-to-5-years",
      );
      expect((await topDocs("my 9 year old has a fever"))[0]).toBe("fever-child-over-5-years");
      expect((await topDocs("i have had a fever for two days"))[0]).toBe("fever-adults");
    });

    test("never returns retired or overdue documents", async () => {
      const docs = await topDocs("gargling gargling");
      expect(docs).not.toContain("zz-retired-gargling");
      expect(docs).not.toContain("zz-overdue-gargling");
    });

    test("filters by locale: a language the library doesn't have finds nothing", async () => {
      expect(await topDocs("sore throat", "fr-FR")).toEqual([]);
      expect((await topDocs("sore throat", "en-GB"))[0]).toBe("sore-throat");
    });

    test("returns nothing for text with no searchable words", async () => {
      expect(await topDocs("??? !!! ...")).toEqual([]);
    });

    test("cites a link to the exact version and section", async () => {
      const [passage] = await retriever.retrieve({
        text: "how do i ease a sore throat at home",
        locale: "en-US",
        level: "info",
        history: [],
      });
      expect(passage?.url).toMatch(/^\/guidance\/sore-throat\/v\/1#[a-z0-9-]+$/);
      expect(passage?.coverage).toBeGreaterThan(0);
    });
  });
}
