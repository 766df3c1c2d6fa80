import { and, asc, eq } from "drizzle-orm";
import type { Database } from "../db/client.ts";
import { guidanceChunks, guidanceVersions } from "../db/schema/index.ts";
import type { Passage } from "../services/chat/pipeline.ts";
import { slugify } from "./sections.ts";

/** Every section of one document version, in order (for safety-netting from the same page). */
export type SectionLookup = (documentId: string, version: number) => Promise<Passage[]>;

export function createSectionLookup(db: Database): SectionLookup {
  return async (documentId, version) => {
    const rows = await db
      .select({
        id: guidanceChunks.id,
        title: guidanceVersions.title,
        section: guidanceChunks.section,
        body: guidanceChunks.body,
      })
      .from(guidanceChunks)
      .innerJoin(guidanceVersions, eq(guidanceVersions.id, guidanceChunks.versionId))
      .where(
        and(eq(guidanceVersions.documentId, documentId), eq(guidanceVersions.version, version)),
      )
      .orderBy(asc(guidanceChunks.ordinal));
    return rows.map((row) => ({
      id: row.id,
      documentId,
      version,
      title: row.title,
      section: row.section,
      text: row.body,
      url: `/guidance/${documentId}/v/${version}#${slugify(row.section)}`,
      score: 0,
      coverage: 0,
    }));
  };
}
