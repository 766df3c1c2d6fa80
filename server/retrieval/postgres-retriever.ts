import { sql } from "drizzle-orm";
import type { Database } from "../db/client.ts";
import { textArrayLiteral } from "../db/sql-array.ts";
import type { Passage, RetrievalQuery } from "../services/chat/pipeline.ts";
import { execRows } from "./exec-rows.ts";
import { buildQueryTerms, expandSynonyms, type QueryTerms } from "./query-terms.ts";
import { slugify } from "./sections.ts";
import type { Synonyms } from "./synonyms.ts";
import { countPassages, idf, readTermStats } from "./term-stats.ts";

// Full-text retrieval in PostgreSQL (identical on PGlite): current, approved, in-review guidance
// only. The patient's words are corrected against the library's vocabulary (trigrams) and widened
// by the synonym list; the GIN index finds candidates; each passage is scored by an IDF-weighted
// sum of per-term field-weighted ranks (title and section over summary over body), then re-scored
// for coverage, audience and age. A dense or hybrid ranker can implement the same Retriever port
// where pgvector and an embeddings deployment exist.

export interface Retriever {
  retrieve(query: RetrievalQuery): Promise<Passage[]>;
}

export interface RetrieverOptions {
  synonyms: Synonyms;
  today: () => string;
  limit?: number;
}

interface Row extends Record<string, unknown> {
  id: string;
  document_id: string;
  version: number;
  title: string;
  section: string;
  body: string;
  audience: string;
  age_months: number[] | null;
  score: number;
  covered: number;
}

const CANDIDATES = 60;
// Ranking cost grows with the passages touched. On MedQuAD (16,407 pages, npm run bench) 1,500
// against 4,000 cut query p99 by about 40% for 0.4 points of recall@5; a library of a few hundred
// pages never reaches it.
const CANDIDATE_ROWS = 1_500;
// Words a patient used count fully; library words the synonym list added count a little less.
const EXPANSION_WEIGHT = 0.7;
const PASSAGE_COUNT_TTL_MS = 60_000;

export function createPostgresRetriever(db: Database, options: RetrieverOptions): Retriever {
  const limit = options.limit ?? 5;
  let cached: { n: number; at: number; day: string } | undefined;
  const passages = async () => {
    const day = options.today();
    if (!cached || cached.day !== day || Date.now() - cached.at > PASSAGE_COUNT_TTL_MS) {
      cached = { n: await countPassages(db, day), at: Date.now(), day };
    }
    return cached.n;
  };
  return {
    async retrieve(query) {
      const terms = buildQueryTerms(query.text, options.synonyms);
      if (terms.words.length === 0 && terms.expansions.length === 0) return [];
      const [stats, n] = await Promise.all([
        readTermStats(db, [...terms.words, ...terms.expansions]),
        passages(),
      ]);
      // A corrected word brings its own synonyms ("diarhea" → diarrhea → diarrhoea).
      const corrected = [...stats.values()].flatMap((s) => (s.correctedTo ? [s.correctedTo] : []));
      const extra = expandSynonyms(corrected.join(" "), options.synonyms).filter(
        (e) => !stats.has(e),
      );
      if (extra.length > 0)
        for (const [term, stat] of await readTermStats(db, extra)) stats.set(term, stat);
      terms.expansions.push(...extra);
      const searches = new Map<string, { weight: number; own: boolean; documents: number }>();
      const add = (term: string, factor: number, own: boolean) => {
        const stat = stats.get(term);
        if (!stat || stat.stems.length === 0) return;
        const tsquery = stat.stems.map((stem) => `'${stem}'`).join(" & ");
        const previous = searches.get(tsquery);
        const weight = factor * idf(stat.documents, n);
        const documents = stat.documents;
        if (!previous || previous.weight < weight)
          searches.set(tsquery, { weight, own: own || Boolean(previous?.own), documents });
      };
      for (const word of terms.words) add(word, 1, true);
      for (const expansion of terms.expansions) add(expansion, EXPANSION_WEIGHT, false);
      if (searches.size === 0) return [];
      const queries = [...searches.keys()];
      const weights = queries.map((q) => searches.get(q)?.weight ?? 0);
      const own = queries.map((q) => Boolean(searches.get(q)?.own));
      const ownWeight = queries.reduce((sum, _q, i) => sum + (own[i] ? (weights[i] ?? 0) : 0), 0);
      const language = query.locale.split("-")[0] ?? "en";
      const rows = await execRows<Row>(
        db,
        sql`
        with w as (
          select t.q::tsquery as tq, t.weight, t.own
          from unnest(${textArrayLiteral(queries)}::text[], ${`{${weights.join(",")}}`}::float8[],
                      ${`{${own.join(",")}}`}::boolean[]) as t(q, weight, own)
        )
        select c.id, v.document_id, v.version, v.title, c.section, c.body, v.audience, v.age_months,
          (select coalesce(sum(w.weight * ts_rank('{0.15, 0.35, 0.7, 1.0}', c.search, w.tq, 1)), 0)
             from w where c.search @@ w.tq) as score,
          (select coalesce(sum(w.weight), 0) from w where w.own and c.search @@ w.tq) as covered
        from guidance_chunks c
        join guidance_versions v on v.id = c.version_id
        where v.is_current and v.status = 'approved' and v.review_due >= ${options.today()}::date
          and (v.locale = ${language} or v.locale = ${query.locale})
          and c.search @@ ${candidateQuery(queries, searches)}::tsquery
        order by score desc
        limit ${CANDIDATES}`,
      );
      return rows
        .map((row) => ({ row, score: rescore(row, terms, ownWeight) }))
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map(({ row, score }) =>
          toPassage(row, score, ownWeight > 0 ? Number(row.covered) / ownWeight : 0),
        );
    },
  };
}

/**
 * The index lookup that finds candidates. Scoring costs one pass per candidate, so the lookup is
 * bounded: while the terms together appear in at most CANDIDATE_ROWS passages all of them are
 * searched (always, for a library of a few hundred pages); past that, the most selective terms
 * are searched ("leukaemia" before "symptoms"), at least one of them.
 */
function candidateQuery(queries: string[], searches: Map<string, { documents: number }>): string {
  const byRarity = [...queries].sort(
    (a, b) => (searches.get(a)?.documents ?? 0) - (searches.get(b)?.documents ?? 0),
  );
  const chosen: string[] = [];
  let rows = 0;
  for (const q of byRarity) {
    const documents = searches.get(q)?.documents ?? 0;
    if (chosen.length > 0 && rows + documents > CANDIDATE_ROWS) break;
    chosen.push(q);
    rows += documents;
  }
  return chosen.map((q) => `(${q})`).join(" | ");
}

function rescore(row: Row, terms: QueryTerms, patientWeight: number): number {
  const coverage = patientWeight > 0 ? Number(row.covered) / patientWeight : 0.5;
  let score = Number(row.score) * (0.3 + coverage);
  if (terms.audience === "child")
    score *= row.audience === "child" ? 1.25 : row.audience === "adult" ? 0.75 : 1;
  if (terms.audience === "pregnancy") score *= row.audience === "pregnancy" ? 1.3 : 1;
  if (terms.audience === undefined && row.audience === "child") score *= 0.85;
  const [from, to] = row.age_months ?? [];
  if (terms.ageMonths !== undefined && from !== undefined && to !== undefined) {
    score *= terms.ageMonths >= from && terms.ageMonths < to ? 1.6 : 0.45;
  }
  return score;
}

function toPassage(row: Row, score: number, coverage: number): Passage {
  return {
    id: row.id,
    documentId: row.document_id,
    version: row.version,
    title: row.title,
    section: row.section,
    text: row.body,
    url: `/guidance/${row.document_id}/v/${row.version}#${slugify(row.section)}`,
    score,
    coverage,
  };
}
