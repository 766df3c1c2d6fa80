import { sql } from "drizzle-orm";
import type { Database } from "../db/client.ts";
import { textArrayLiteral } from "../db/sql-array.ts";
import { damerauLevenshtein } from "./edit-distance.ts";
import { execRows } from "./exec-rows.ts";

// What the library knows about each query term: its stems, how many passages contain its rarest
// stem (for IDF weighting: PostgreSQL's own ranking has no IDF, so "symptoms" would weigh as much
// as "meningitis"), and, for a word the library doesn't use, the library word it most likely
// meant: pg_trgm proposes candidates, the smallest edit distance decides.

export interface TermStat {
  term: string;
  /** Lexemes to search for (already stemmed: never stem them again). */
  stems: string[];
  /** Passages containing the rarest stem; 0 when the library doesn't use the term. */
  documents: number;
  /** Set when the term was a misspelling of a library word. */
  correctedTo?: string;
}

interface Row extends Record<string, unknown> {
  term: string;
  stems: string[] | null;
  documents: number | null;
  candidates: Array<{ term: string; stem: string; documents: number }> | null;
}

const LEXEME = /^[a-z0-9]+$/;

function maxDistance(word: string): number {
  return word.length >= 12 ? 3 : word.length >= 8 ? 2 : 1;
}

export async function readTermStats(db: Database, terms: string[]): Promise<Map<string, TermStat>> {
  if (terms.length === 0) return new Map();
  const rows = await execRows<Row>(
    db,
    sql`
    with q as (
      select w.term, tsvector_to_array(to_tsvector('english', w.term)) as stems
      from unnest(${textArrayLiteral(terms)}::text[]) as w(term)
    ), known as (
      select q.term, q.stems, (select min(t.documents) from guidance_terms t where t.stem = any(q.stems)) as documents
      from q
    )
    select k.term, k.stems, k.documents,
      case when k.documents is null and length(k.term) >= 4 and k.term ~ '^[a-z]+$' then (
        select json_agg(json_build_object('term', c.term, 'stem', c.stem, 'documents', c.documents))
        from (select t.term, t.stem, t.documents from guidance_terms t
              where t.term % k.term order by similarity(t.term, k.term) desc limit 8) c
      ) end as candidates
    from known k`,
  );
  const stats = new Map<string, TermStat>();
  for (const row of rows) {
    const stems = (row.stems ?? []).filter((s) => LEXEME.test(s));
    let stat: TermStat = { term: row.term, stems, documents: Number(row.documents ?? 0) };
    const best = (row.candidates ?? [])
      .map((c) => ({ ...c, distance: damerauLevenshtein(row.term, c.term) }))
      .filter((c) => c.distance <= maxDistance(row.term) && LEXEME.test(c.stem))
      // Candidates arrive most trigram-similar first; a stable sort keeps that order on ties.
      .sort((a, b) => a.distance - b.distance)[0];
    if (stat.documents === 0 && best) {
      stat = {
        term: row.term,
        stems: [best.stem],
        documents: best.documents,
        correctedTo: best.term,
      };
    }
    stats.set(row.term, stat);
  }
  return stats;
}

/** BM25-style inverse document frequency; a term the library never uses weighs like a rare one. */
export function idf(documents: number, passages: number): number {
  const n = Math.max(passages, documents, 1);
  return Math.log(1 + (n - documents + 0.5) / (documents + 0.5));
}

/** How many passages are servable now: the N of IDF. */
export async function countPassages(db: Database, today: string): Promise<number> {
  const [row] = await execRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from guidance_chunks c join guidance_versions v on v.id = c.version_id
        where v.is_current and v.status = 'approved' and v.review_due >= ${today}::date`,
  );
  return Number(row?.n ?? 0);
}
