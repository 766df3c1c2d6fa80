import { and, desc, eq, gte } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { type GuidanceVersionRow, guidanceVersions } from "../../db/schema/index.ts";

export interface GuidanceVersionView {
  row: GuidanceVersionRow;
  /** The version retrieval uses now, when the requested one is older. */
  currentVersion: number | undefined;
}

/**
 * A version the public may see: approved and not past its review date. Without a version, the
 * document's current version; with one, that exact version (so a cited older version still opens).
 */
export async function getGuidanceVersion(
  db: Database,
  input: { documentId: string; version?: number; today: string },
): Promise<GuidanceVersionView | undefined> {
  const servable = and(
    eq(guidanceVersions.documentId, input.documentId),
    eq(guidanceVersions.status, "approved"),
    gte(guidanceVersions.reviewDue, input.today),
  );
  const [row] = await db
    .select()
    .from(guidanceVersions)
    .where(
      input.version === undefined
        ? and(servable, eq(guidanceVersions.isCurrent, true))
        : and(servable, eq(guidanceVersions.version, input.version)),
    )
    .orderBy(desc(guidanceVersions.version))
    .limit(1);
  if (!row) return undefined;
  if (row.isCurrent) return { row, currentVersion: undefined };
  const [current] = await db
    .select({ version: guidanceVersions.version })
    .from(guidanceVersions)
    .where(and(servable, eq(guidanceVersions.isCurrent, true)));
  return { row, currentVersion: current?.version };
}
