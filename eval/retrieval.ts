import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../server/db/client.ts";
import { ingestLibrary } from "../server/retrieval/ingest.ts";
import { createPostgresRetriever } from "../server/retrieval/postgres-retriever.ts";
import { loadSynonyms } from "../server/retrieval/synonyms.ts";

// npm run eval:retrieval — the bundled library against the project's own patient-style questions
// (eval/retrieval/*.jsonl, each labelled with the document ids that answer it).

const ROOT = fileURLToPath(new URL("../", import.meta.url));

interface Question {
  id: string;
  q: string;
  relevant: string[];
}

function loadQuestions(): Question[] {
  return ["questions-a.jsonl", "questions-b.jsonl"].flatMap((name) =>
    readFileSync(`${ROOT}eval/retrieval/${name}`, "utf8")
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Question),
  );
}

const questions = loadQuestions();
const database = await openDatabase({ kind: "pglite", dataDir: undefined });
await database.migrate();
const today = new Date().toISOString().slice(0, 10);
await ingestLibrary(database.db, `${ROOT}guidance/library`, { today, root: ROOT });
const retriever = createPostgresRetriever(database.db, {
  synonyms: loadSynonyms(`${ROOT}guidance/synonyms.yaml`),
  today: () => today,
  limit: 30,
});

let hit1 = 0;
let hit3 = 0;
let reciprocal = 0;
const misses: string[] = [];
const latencies: number[] = [];
for (const question of questions) {
  const started = performance.now();
  const passages = await retriever.retrieve({
    text: question.q,
    locale: "en-US",
    level: "info",
    history: [],
  });
  latencies.push(performance.now() - started);
  const ranked = [...new Set(passages.map((p) => p.documentId))];
  const position = ranked.findIndex((id) => question.relevant.includes(id));
  if (position === 0) hit1 += 1;
  if (position >= 0 && position < 3) hit3 += 1;
  if (position >= 0) reciprocal += 1 / (position + 1);
  if (position !== 0)
    misses.push(
      `${question.id} ${JSON.stringify(question.q)} → ${ranked.slice(0, 3).join(", ") || "(nothing)"} (want ${question.relevant.join("|")})`,
    );
}
await database.close();

latencies.sort((a, b) => a - b);
const pct = (n: number) => `${((100 * n) / questions.length).toFixed(1)}%`;
const at = (p: number) =>
  (latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0).toFixed(1);
if (process.argv.includes("--misses")) for (const miss of misses) console.log(miss);
console.log(`retrieval over ${questions.length} questions, bundled library (PGlite)`);
console.log(
  `recall@1 ${pct(hit1)}   recall@3 ${pct(hit3)}   MRR ${(reciprocal / questions.length).toFixed(3)}`,
);
console.log(`latency p50 ${at(0.5)} ms   p99 ${at(0.99)} ms`);
