import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface FixtureDoc {
  id: string;
  title?: string;
  version?: number;
  status?: "draft" | "approved" | "retired";
  audience?: "adult" | "child" | "pregnancy" | "all";
  reviewDue?: string;
  topics?: string[];
  ageMonths?: [number, number];
  extraFrontMatter?: string;
  body: string;
}

export function fixtureMarkdown(doc: FixtureDoc): string {
  return [
    "---",
    `id: ${doc.id}`,
    `title: ${doc.title ?? doc.id}`,
    `summary: Test page about ${doc.title ?? doc.id}.`,
    "locale: en",
    `audience: ${doc.audience ?? "all"}`,
    `topics: [${(doc.topics ?? [doc.id]).join(", ")}]`,
    "sources:",
    "  - title: Test source",
    "    url: https://example.org/source",
    "reviewed_by: Test Reviewer",
    "reviewed_at: 2026-01-01",
    `review_due: ${doc.reviewDue ?? "2099-01-01"}`,
    `version: ${doc.version ?? 1}`,
    `status: ${doc.status ?? "approved"}`,
    ...(doc.ageMonths ? [`age_months: [${doc.ageMonths.join(", ")}]`] : []),
    ...(doc.extraFrontMatter ? [doc.extraFrontMatter] : []),
    "---",
    "",
    doc.body,
  ].join("\n");
}

/** A temporary library folder holding these documents (file name = id). */
export function writeLibrary(
  docs: FixtureDoc[],
  dir = mkdtempSync(join(tmpdir(), "careline-library-")),
): string {
  mkdirSync(dir, { recursive: true });
  for (const doc of docs) writeFileSync(join(dir, `${doc.id}.md`), fixtureMarkdown(doc));
  return dir;
}
