import { parse as parseYaml } from "yaml";
import { z } from "zod";

// Guidance documents are Markdown with YAML front matter. Only `approved` documents whose review
// is not overdue are ever retrieved or shown; the rest are withheld and reported.

const isoDate = z
  .string({ message: "must be a date (YYYY-MM-DD)" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date (YYYY-MM-DD)")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "must be a real date");

export const GuidanceStatus = z.enum(["draft", "approved", "retired"]);
export const GuidanceAudience = z.enum(["adult", "child", "pregnancy", "all"]);

export const FrontMatter = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, -)"),
    title: z.string().trim().min(1, "must not be empty").max(120),
    summary: z.string().trim().min(1, "must not be empty").max(400),
    locale: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, "must be a language such as en or en-GB"),
    audience: GuidanceAudience,
    topics: z.array(z.string().trim().min(1)).min(1, "must list at least one topic"),
    sources: z
      .array(
        z.strictObject({
          title: z.string().trim().min(1),
          url: z.string().regex(/^https?:\/\/[^\s]+$/, "must be an http(s) URL"),
        }),
      )
      .min(1, "must cite at least one source"),
    reviewed_by: z.string().trim().min(1, "must name the reviewer"),
    reviewed_at: isoDate,
    review_due: isoDate,
    version: z.number({ message: "must be a whole number" }).int().positive(),
    status: GuidanceStatus,
    // Optional: the ages a child page is for, in months [from, to), so retrieval prefers the right band.
    age_months: z
      .tuple([z.number().int().min(0), z.number().int().positive()], {
        message: "must be [from, to] in months",
      })
      .refine(([from, to]) => to > from, "must be [from, to] with to > from")
      .optional(),
  })
  .refine((fm) => fm.review_due > fm.reviewed_at, {
    message: "must be after reviewed_at",
    path: ["review_due"],
  });
export type FrontMatter = z.infer<typeof FrontMatter>;

export class GuidanceFormatError extends Error {
  constructor(
    readonly file: string,
    readonly field: string | undefined,
    detail: string,
  ) {
    super(`${file}: ${field ? `front matter field \`${field}\`: ` : ""}${detail}`);
    this.name = "GuidanceFormatError";
  }
}

export interface ParsedDocument {
  file: string;
  frontMatter: FrontMatter;
  body: string;
}

export function parseGuidanceFile(
  file: string,
  content: string,
  expectedId?: string,
): ParsedDocument {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(content);
  if (!match)
    throw new GuidanceFormatError(file, undefined, "must start with a --- front matter block");
  let raw: unknown;
  try {
    raw = parseYaml(match[1] ?? "");
  } catch (error) {
    throw new GuidanceFormatError(
      file,
      undefined,
      `front matter is not valid YAML (${(error as Error).message.split("\n")[0]})`,
    );
  }
  const parsed = FrontMatter.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field =
      issue?.code === "unrecognized_keys" ? issue.keys.join(", ") : issue?.path.join(".");
    const detail =
      issue?.code === "unrecognized_keys" ? "is not a known field" : (issue?.message ?? "invalid");
    throw new GuidanceFormatError(file, field || undefined, detail);
  }
  if (expectedId && parsed.data.id !== expectedId) {
    throw new GuidanceFormatError(file, "id", `must match the file name (${expectedId})`);
  }
  const body = (match[2] ?? "").trim();
  if (!body) throw new GuidanceFormatError(file, undefined, "has no body");
  return { file, frontMatter: parsed.data, body };
}

/** Whether a version may be retrieved or shown on `today` (YYYY-MM-DD). */
export function isServable(fm: Pick<FrontMatter, "status" | "review_due">, today: string): boolean {
  return fm.status === "approved" && fm.review_due >= today;
}
