import type { Context } from "hono";
import { z } from "zod";
import { ApiError } from "./errors.ts";

export const MAX_MESSAGE_CHARS = 4_000;
export const MAX_BODY_BYTES = 32 * 1024;

// Tab, newline and carriage return are ordinary typing; every other control character is not.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Patient-typed text: valid Unicode, no control characters, not blank, at most 4,000 characters. */
export const MessageText = z
  .string({ message: "must be a string" })
  .refine((s) => s.isWellFormed(), "must be valid Unicode text")
  .refine((s) => !CONTROL_CHARS.test(s), "must not contain control characters")
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, "must not be empty")
  .refine(
    (s) => [...s].length <= MAX_MESSAGE_CHARS,
    `must be at most ${MAX_MESSAGE_CHARS} characters`,
  );

export const ClientMessageId = z
  .string({ message: "must be a string" })
  .min(1, "must not be empty")
  .max(128, "must be at most 128 characters")
  .regex(/^[A-Za-z0-9._:-]+$/, "may contain only letters, digits, '.', '_', ':' and '-'");

export const Locale = z
  .string({ message: "must be a string" })
  .max(35)
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a BCP 47 tag such as en-US")
  .refine((s) => {
    try {
      return Intl.getCanonicalLocales(s).length === 1;
    } catch {
      return false;
    }
  }, "must be a BCP 47 tag such as en-US")
  .transform((s) => Intl.getCanonicalLocales(s)[0] as string);

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => {
      if (issue.code === "unrecognized_keys") return `unknown field(s): ${issue.keys.join(", ")}`;
      const path = issue.path.join(".");
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join("; ");
}

export function parseWith<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError("BAD_REQUEST", describeIssues(parsed.error));
  return parsed.data;
}

/** Reads a JSON body: right content type, within the size limit, valid JSON, matching the schema. */
export async function readJson<T extends z.ZodType>(
  c: Context,
  schema: T,
  options: { optional?: boolean } = {},
): Promise<z.output<T>> {
  const raw = await c.req.text();
  if (options.optional && raw.trim() === "") return parseWith(schema, {});
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError(
      "UNSUPPORTED_MEDIA_TYPE",
      "Send the body as JSON with Content-Type: application/json",
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new ApiError("BAD_REQUEST", "The request body is not valid JSON");
  }
  return parseWith(schema, value);
}
