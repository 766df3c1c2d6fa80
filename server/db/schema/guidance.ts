import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns.ts";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export interface GuidanceSource {
  title: string;
  url: string;
}

/** One row per document id; points at nothing itself: versions carry the content. */
export const guidanceDocuments = pgTable("guidance_documents", {
  id: text().primaryKey(),
  createdAt: createdAt(),
});

export const guidanceVersions = pgTable(
  "guidance_versions",
  {
    id: id(),
    documentId: text()
      .notNull()
      .references(() => guidanceDocuments.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    title: text().notNull(),
    summary: text().notNull(),
    locale: text().notNull(),
    audience: text().notNull(),
    topics: text().array().notNull(),
    sources: jsonb().$type<GuidanceSource[]>().notNull(),
    reviewedBy: text().notNull(),
    reviewedAt: date({ mode: "string" }).notNull(),
    reviewDue: date({ mode: "string" }).notNull(),
    status: text().notNull(),
    ageMonths: integer().array(),
    body: text().notNull(),
    contentHash: text().notNull(),
    sourcePath: text().notNull(),
    // The newest ingested version of its document; older versions stay for replies that cite them.
    isCurrent: boolean().notNull().default(false),
    ingestedAt: timestamp({ withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("guidance_versions_document_version_idx").on(t.documentId, t.version),
    // Retrieval filters on current, approved versions.
    index("guidance_versions_current_idx").on(t.isCurrent, t.status, t.reviewDue),
  ],
);

export const guidanceChunks = pgTable(
  "guidance_chunks",
  {
    id: id(),
    versionId: uuid()
      .notNull()
      .references(() => guidanceVersions.id, { onDelete: "cascade" }),
    ordinal: integer().notNull(),
    section: text().notNull(),
    // Title, summary and topics, weighted above the body in ranking.
    heading: text().notNull(),
    keywords: text().notNull(),
    body: text().notNull(),
    search: tsvector()
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english', coalesce("heading", '')), 'A') || setweight(to_tsvector('english', coalesce("section", '')), 'A') || setweight(to_tsvector('english', coalesce("keywords", '')), 'B') || setweight(to_tsvector('english', coalesce("body", '')), 'C')`,
      ),
  },
  (t) => [
    // Full-text retrieval: `search @@ query`.
    index("guidance_chunks_search_idx").using("gin", t.search),
    index("guidance_chunks_version_idx").on(t.versionId, t.ordinal),
  ],
);

// Every word of the current library with its stem and how many passages use it: typo tolerance
// (a misspelt query word is matched to the nearest library word by trigram similarity) and the
// document frequencies IDF weighting needs.
export const guidanceTerms = pgTable(
  "guidance_terms",
  {
    term: text().primaryKey(),
    // Derived data: rebuilt after every ingest (existing rows get "" until then).
    stem: text().notNull().default(""),
    documents: integer().notNull(),
  },
  (t) => [
    index("guidance_terms_trgm_idx").using("gin", sql`${t.term} gin_trgm_ops`),
    index("guidance_terms_stem_idx").on(t.stem),
  ],
);

export type GuidanceVersionRow = typeof guidanceVersions.$inferSelect;
export type GuidanceChunkRow = typeof guidanceChunks.$inferSelect;
