import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { and, eq, sql } from "drizzle-orm";
import type { Database, Executor } from "../db/client.ts";
import {
  guidanceChunks,
  guidanceDocuments,
  guidanceTerms,
  guidanceVersions,
} from "../db/schema/index.ts";
import {
  GuidanceFormatError,
  isServable,
  type ParsedDocument,
  parseGuidanceFile,
} from "./front-matter.ts";
import { unknownPlaceholders } from "./placeholders.ts";
import { chunkSections } from "./sections.ts";

export interface IngestReport {
  scanned: number;
  added: string[];
  unchanged: number;
  errors: GuidanceFormatError[];
  /** Current versions that are not retrieved or shown, and why. */
  withheld: Array<{ documentId: string; version: number; reason: string }>;
}

export interface IngestOptions {
  today: string;
  /** Paths in reports are shown relative to this. */
  root?: string;
  onProgress?: (done: number, total: number) => void;
}

function listMarkdown(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory()
        ? listMarkdown(path)
        : name.endsWith(".md") && name !== "README.md"
          ? [path]
          : [];
    })
    .sort();
}

/**
 * Ingests a folder of guidance documents. Idempotent: an unchanged version is skipped; a new
 * version becomes current (older ones stay for replies that cite them); changed content under an
 * already-ingested version number is refused, because reviewed content must not change silently.
 */
export async function ingestLibrary(
  db: Database,
  dir: string,
  options: IngestOptions,
): Promise<IngestReport> {
  const report: IngestReport = { scanned: 0, added: [], unchanged: 0, errors: [], withheld: [] };
  const files = listMarkdown(dir);
  const seen = new Map<string, string>();
  const parsed: Array<{ doc: ParsedDocument; hash: string }> = [];
  for (const path of files) {
    const file = relative(options.root ?? process.cwd(), path);
    const content = readFileSync(path, "utf8");
    try {
      const doc = parseGuidanceFile(file, content, basename(path, ".md"));
      const unknown = unknownPlaceholders(doc.body);
      if (unknown.length > 0)
        throw new GuidanceFormatError(
          file,
          undefined,
          `uses unknown placeholder {{${unknown[0]}}}`,
        );
      const other = seen.get(doc.frontMatter.id);
      if (other) throw new GuidanceFormatError(file, "id", `duplicates ${other}`);
      seen.set(doc.frontMatter.id, file);
      parsed.push({ doc, hash: createHash("sha256").update(content).digest("hex") });
    } catch (error) {
      if (!(error instanceof GuidanceFormatError)) throw error;
      report.errors.push(error);
    }
  }
  report.scanned = files.length;
  let done = 0;
  for (const { doc, hash } of parsed) {
    try {
      const added = await db.transaction((tx) => ingestDocument(tx, doc, hash));
      if (added) report.added.push(`${doc.frontMatter.id}@${doc.frontMatter.version}`);
      else report.unchanged += 1;
    } catch (error) {
      if (!(error instanceof GuidanceFormatError)) throw error;
      report.errors.push(error);
    }
    done += 1;
    options.onProgress?.(done, parsed.length);
  }
  if (report.added.length > 0) await refreshTerms(db);
  report.withheld = await findWithheld(db, options.today);
  return report;
}

async function ingestDocument(tx: Executor, doc: ParsedDocument, hash: string): Promise<boolean> {
  const fm = doc.frontMatter;
  const [existing] = await tx
    .select({ hash: guidanceVersions.contentHash })
    .from(guidanceVersions)
    .where(and(eq(guidanceVersions.documentId, fm.id), eq(guidanceVersions.version, fm.version)));
  if (existing) {
    if (existing.hash === hash) return false;
    throw new GuidanceFormatError(
      doc.file,
      "version",
      `content changed but version ${fm.version} was already ingested: bump the version`,
    );
  }
  const [latest] = await tx
    .select({ version: sql<number>`max(${guidanceVersions.version})` })
    .from(guidanceVersions)
    .where(eq(guidanceVersions.documentId, fm.id));
  if (latest?.version && latest.version > fm.version) {
    throw new GuidanceFormatError(
      doc.file,
      "version",
      `is ${fm.version} but version ${latest.version} is already ingested`,
    );
  }
  await tx.insert(guidanceDocuments).values({ id: fm.id }).onConflictDoNothing();
  await tx
    .update(guidanceVersions)
    .set({ isCurrent: false })
    .where(eq(guidanceVersions.documentId, fm.id));
  const [version] = await tx
    .insert(guidanceVersions)
    .values({
      documentId: fm.id,
      version: fm.version,
      title: fm.title,
      summary: fm.summary,
      locale: fm.locale,
      audience: fm.audience,
      topics: fm.topics,
      sources: fm.sources,
      reviewedBy: fm.reviewed_by,
      reviewedAt: fm.reviewed_at,
      reviewDue: fm.review_due,
      status: fm.status,
      ageMonths: fm.age_months ?? null,
      body: doc.body,
      contentHash: hash,
      sourcePath: doc.file,
      isCurrent: true,
    })
    .returning({ id: guidanceVersions.id });
  if (!version) throw new Error("version insert returned no row");
  const keywords = `${fm.summary} ${fm.topics.join(", ")}`;
  const chunks = await chunkSections(doc.body, fm.title);
  await tx.insert(guidanceChunks).values(
    chunks.map((chunk, ordinal) => ({
      versionId: version.id,
      ordinal,
      section: chunk.heading,
      heading: fm.title,
      keywords,
      body: chunk.text,
    })),
  );
  return true;
}

/** Rebuilds the library vocabulary: each word, its stem, and how many passages use that stem. */
export async function refreshTerms(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(guidanceTerms);
    await tx.execute(sql`
      with words as (
        select distinct c.id as chunk_id, w.word,
          (tsvector_to_array(to_tsvector('english', w.word)))[1] as stem
        from guidance_chunks c
        join guidance_versions v on v.id = c.version_id
        cross join lateral regexp_split_to_table(
          lower(c.heading || ' ' || c.section || ' ' || c.keywords || ' ' || c.body), '[^a-z]+') as w(word)
        where v.is_current and v.status = 'approved' and length(w.word) >= 3
      ), stems as (
        select stem, count(distinct chunk_id)::int as documents from words where stem is not null group by stem
      )
      insert into guidance_terms (term, stem, documents)
      select distinct on (w.word) w.word, w.stem, s.documents
      from words w join stems s on s.stem = w.stem
      order by w.word`);
  });
}

/** True when the vocabulary is missing or predates the stem column (rebuilt on start). */
export async function termsNeedRefresh(db: Database): Promise<boolean> {
  const [row] = await db
    .select({
      missing: sql<boolean>`not exists (select 1 from guidance_terms) or exists (select 1 from guidance_terms where stem = '')`,
    })
    .from(sql`(select 1) as one`);
  return Boolean(row?.missing);
}

export async function findWithheld(db: Executor, today: string): Promise<IngestReport["withheld"]> {
  const current = await db
    .select({
      documentId: guidanceVersions.documentId,
      version: guidanceVersions.version,
      status: guidanceVersions.status,
      reviewDue: guidanceVersions.reviewDue,
    })
    .from(guidanceVersions)
    .where(eq(guidanceVersions.isCurrent, true))
    .orderBy(guidanceVersions.documentId);
  return current
    .filter((v) => !isServable({ status: v.status as "approved", review_due: v.reviewDue }, today))
    .map((v) => ({
      documentId: v.documentId,
      version: v.version,
      reason:
        v.status !== "approved" ? `status is ${v.status}` : `review overdue since ${v.reviewDue}`,
    }));
}
