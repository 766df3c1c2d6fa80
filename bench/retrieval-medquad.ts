import { existsSync, readFileSync } from "node:fs";
import { RecursiveCharacterTextSplitter } from "@langchain/textsplitters";
import MiniSearch from "minisearch";
import { SHARED_DATA } from "../eval/sources/shared.ts";
import { type DatabaseHandle, openDatabase } from "../server/db/client.ts";
import { guidanceChunks, guidanceDocuments, guidanceVersions } from "../server/db/schema/index.ts";
import { refreshTerms } from "../server/retrieval/ingest.ts";
import { BUNDLED_SYNONYMS_FILE } from "../server/retrieval/library.ts";
import { createPostgresRetriever } from "../server/retrieval/postgres-retriever.ts";
import { MAX_CHUNK_CHARS } from "../server/retrieval/sections.ts";
import { loadSynonyms } from "../server/retrieval/synonyms.ts";
import { findPostgresBin, startThrowawayPostgres } from "../test/support/throwaway-postgres.ts";
import type { Benchmark } from "./run.ts";
import { ms, percentile, seededSample } from "./stats.ts";

// MedQuAD's answered pairs as a 16k-document library in a benchmark-only database (never shipped),
// its questions as queries. Each pair is one document: focus as the title, question type as the
// section, the answer as the body; the question itself never enters the library. Both engines
// index exactly these fields.

interface Pair {
  id: string;
  focus: string;
  qtype: string;
  question: string;
  answer: string;
}

const TODAY = "2026-11-25";
const SAMPLE = 2_000;

function loadPairs(): Pair[] | undefined {
  const path = `${SHARED_DATA}consumer_qa/medquad/medquad_answered.jsonl`;
  if (!existsSync(path)) return undefined;
  return (
    readFileSync(path, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map(
        (l) =>
          JSON.parse(l) as {
            qid: string;
            focus: string;
            qtype: string;
            question: string;
            answer: string;
          },
      )
      // Some qids repeat across MedQuAD's subsets, so each pair is numbered by its row instead.
      .map((r, row) => ({
        id: `mq-${row + 1}`,
        focus: r.focus,
        qtype: r.qtype,
        question: r.question,
        answer: r.answer.replace(/\s+/g, " ").trim(),
      }))
  );
}

async function loadLibrary(handle: DatabaseHandle, pairs: Pair[]): Promise<number> {
  const splitter = new RecursiveCharacterTextSplitter({
    chunkSize: MAX_CHUNK_CHARS,
    chunkOverlap: 0,
  });
  const started = performance.now();
  for (let i = 0; i < pairs.length; i += 500) {
    const batch = pairs.slice(i, i + 500);
    await handle.db.transaction(async (tx) => {
      await tx.insert(guidanceDocuments).values(batch.map((p) => ({ id: p.id })));
      const versions = await tx
        .insert(guidanceVersions)
        .values(
          batch.map((p) => ({
            documentId: p.id,
            version: 1,
            title: p.focus,
            summary: "",
            locale: "en",
            audience: "all",
            topics: [],
            sources: [],
            reviewedBy: "benchmark",
            reviewedAt: "2026-01-01",
            reviewDue: "2099-01-01",
            status: "approved",
            body: p.answer,
            contentHash: p.id,
            sourcePath: "medquad",
            isCurrent: true,
          })),
        )
        .returning({ id: guidanceVersions.id, documentId: guidanceVersions.documentId });
      const chunks = [];
      for (const [index, version] of versions.entries()) {
        const pair = batch[index] as Pair;
        const parts = await splitter.splitText(pair.answer || pair.focus);
        for (const [ordinal, body] of parts.entries()) {
          chunks.push({
            versionId: version.id,
            ordinal,
            section: pair.qtype,
            heading: pair.focus,
            keywords: "",
            body,
          });
        }
      }
      for (let j = 0; j < chunks.length; j += 1000)
        await tx.insert(guidanceChunks).values(chunks.slice(j, j + 1000));
    });
  }
  await refreshTerms(handle.db);
  return performance.now() - started;
}

interface Result {
  engine: string;
  recall5: number;
  p50: number;
  p99: number;
  loadMs: number;
}

async function measureCareline(
  engine: string,
  handle: DatabaseHandle,
  pairs: Pair[],
  queries: Pair[],
): Promise<Result> {
  const loadMs = await loadLibrary(handle, pairs);
  console.log(`  ${engine}: library loaded in ${(loadMs / 1000).toFixed(1)} s; querying`);
  const retriever = createPostgresRetriever(handle.db, {
    synonyms: loadSynonyms(BUNDLED_SYNONYMS_FILE),
    today: () => TODAY,
    limit: 25,
  });
  for (const q of queries.slice(0, 50))
    await retriever.retrieve({ text: q.question, locale: "en-US", level: "info", history: [] });
  const latencies: number[] = [];
  let hits = 0;
  for (const q of queries) {
    const started = performance.now();
    const passages = await retriever.retrieve({
      text: q.question,
      locale: "en-US",
      level: "info",
      history: [],
    });
    latencies.push(performance.now() - started);
    if ([...new Set(passages.map((p) => p.documentId))].slice(0, 5).includes(q.id)) hits += 1;
  }
  return {
    engine,
    recall5: hits / queries.length,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    loadMs,
  };
}

function measureMiniSearch(pairs: Pair[], queries: Pair[]): Result {
  const started = performance.now();
  const index = new MiniSearch<Pair & { title: string; section: string; body: string }>({
    fields: ["title", "section", "body"],
    searchOptions: {
      boost: { title: 2, section: 1.5 },
      fuzzy: 0.2,
      prefix: true,
      combineWith: "OR",
    },
  });
  index.addAll(pairs.map((p) => ({ ...p, title: p.focus, section: p.qtype, body: p.answer })));
  const loadMs = performance.now() - started;
  const latencies: number[] = [];
  let hits = 0;
  for (const q of queries) {
    const t = performance.now();
    const results = index.search(q.question);
    latencies.push(performance.now() - t);
    if (results.slice(0, 5).some((r) => r.id === q.id)) hits += 1;
  }
  return {
    engine: "MiniSearch BM25 (in process)",
    recall5: hits / queries.length,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    loadMs,
  };
}

export const retrievalBenchmark: Benchmark = {
  name: "retrieval",
  description:
    "MedQuAD (16,407 answered pairs) as a library: recall@5 and query latency, careline on PostgreSQL and PGlite vs in-process BM25",
  async run(args) {
    const pairs = loadPairs();
    if (!pairs) {
      console.log(`skipped: ${SHARED_DATA}consumer_qa/medquad is not present`);
      return;
    }
    const queries = args.includes("--all") ? pairs : seededSample(pairs, SAMPLE);
    console.log(
      `${pairs.length} documents; ${queries.length} questions as queries${queries.length < pairs.length ? " (seeded sample; --all for every question)" : ""}`,
    );
    const results: Result[] = [];
    const header = `${"engine".padEnd(32)}${"recall@5".padStart(10)}${"p50".padStart(12)}${"p99".padStart(12)}${"load".padStart(12)}`;
    const line = (r: Result) =>
      `${r.engine.padEnd(32)}${`${(100 * r.recall5).toFixed(1)}%`.padStart(10)}${ms(r.p50).padStart(12)}${ms(r.p99).padStart(12)}${`${(r.loadMs / 1000).toFixed(1)} s`.padStart(12)}`;
    const record = (r: Result) => {
      results.push(r);
      console.log(`  measured: ${line(r)}`);
    };

    const bin = findPostgresBin();
    const given = process.env.BENCH_DATABASE_URL;
    const server = given ? undefined : bin ? await startThrowawayPostgres(bin) : undefined;
    const url = given ?? server?.url;
    if (url) {
      const pg = await openDatabase({ kind: "postgres", url, maxConnections: 4 });
      try {
        await pg.migrate();
        record(await measureCareline("careline on PostgreSQL", pg, pairs, queries));
      } finally {
        await pg.close();
        server?.stop();
      }
    } else {
      console.log("PostgreSQL: skipped (no BENCH_DATABASE_URL and no server binaries)");
    }
    // The in-process engine before PGlite, whose load of the whole set takes longest.
    record(measureMiniSearch(pairs, queries));
    const lite = await openDatabase({ kind: "pglite", dataDir: undefined });
    try {
      await lite.migrate();
      record(await measureCareline("careline on PGlite", lite, pairs, queries));
    } finally {
      await lite.close();
    }

    console.log(header);
    for (const r of results) console.log(line(r));
    console.log("targets: p99 ≤ 20 ms on PostgreSQL; recall@5 at least the BM25 engine's");
  },
};
