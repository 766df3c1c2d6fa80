import { asc, count, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { guidanceDocuments, guidanceVersions } from "../../db/schema/index.ts";

export interface GuidanceStatusView {
  documentId: string;
  title: string | null;
  version: number | null;
  status: string | null;
  locale: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewDue: string | null;
  /** Past its review date: retrieval should not be relying on it. */
  expired: boolean;
  ingestedAt: string | null;
  versions: number;
}

/** Each guidance document with its current version's review state, for the admin console. */
export async function listLibraryStatus(db: Executor, now: Date): Promise<GuidanceStatusView[]> {
  const current = await db
    .select({ document: guidanceDocuments.id, version: guidanceVersions })
    .from(guidanceDocuments)
    .leftJoin(
      guidanceVersions,
      sql`${guidanceVersions.documentId} = ${guidanceDocuments.id} and ${guidanceVersions.isCurrent}`,
    )
    .orderBy(asc(guidanceDocuments.id));
  const counts = await db
    .select({ documentId: guidanceVersions.documentId, n: count() })
    .from(guidanceVersions)
    .groupBy(guidanceVersions.documentId);
  const versions = new Map(counts.map((c) => [c.documentId, c.n]));
  const today = now.toISOString().slice(0, 10);
  return current.map(({ document, version: v }) => ({
    documentId: document,
    title: v?.title ?? null,
    version: v?.version ?? null,
    status: v?.status ?? null,
    locale: v?.locale ?? null,
    reviewedBy: v?.reviewedBy ?? null,
    reviewedAt: v?.reviewedAt ?? null,
    reviewDue: v?.reviewDue ?? null,
    expired: v ? v.reviewDue < today : false,
    ingestedAt: v?.ingestedAt.toISOString() ?? null,
    versions: versions.get(document) ?? 0,
  }));
}
