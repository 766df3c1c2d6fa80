// How long ago each clause happened: "3 years ago, I had a stroke" is history, "earlier today his arm
// went weak" is now (P2). Clauses split at commas, contrast words and "and" + a new subject.
import type { Hit } from "./matcher.ts";
import type { Span, Token } from "./tokenize.ts";
import { DAYS_PER, WORD_NUMBERS } from "./units.ts";

const CLAUSE_WORDS = new Set(["but", "although", "though", "however", "whereas", "then", "now"]);
const CLAUSE_PUNCT = new Set([",", ";", ":", "(", ")", "-", "...", "..", "—"]);
const SUBJECTS = new Set([
  "i",
  "he",
  "she",
  "they",
  "we",
  "it",
  "my",
  "his",
  "her",
  "their",
  "our",
  "now",
]);
const FILLER = new Set([
  "it",
  "was",
  "is",
  "that",
  "this",
  "about",
  "around",
  "like",
  "only",
  "just",
  "so",
  "and",
  "but",
  "then",
  "when",
  "maybe",
  "probably",
  "i",
  "think",
  "roughly",
  "approximately",
]);
const UNIT_DAYS: Readonly<Record<string, number>> = {
  second: 0,
  seconds: 0,
  minute: 0,
  minutes: 0,
  hour: 0.05,
  hours: 0.05,
  ...DAYS_PER,
};
const WORD_COUNT: Readonly<Record<string, number>> = { ...WORD_NUMBERS, some: 3, many: 6 };
const PERIOD_DAYS: Readonly<Record<string, number>> = { week: 7, month: 30, year: 365 };

/** Days since a calendar year named in the text ("in 2016"); this year counts as a couple of months. */
export function daysSinceYear(value: number): number | undefined {
  const thisYear = new Date().getFullYear();
  if (!Number.isInteger(value) || value < 1900 || value > thisYear) return undefined;
  return value === thisYear ? 60 : (thisYear - value) * 365;
}

/** Days named by the tokens of a time expression ("3 weeks", "a couple of months", "for ages"). */
export function daysIn(tokens: readonly Token[], hit: Hit): number | undefined {
  let count: number | undefined;
  let days: number | undefined;
  let plural = false;
  for (let i = hit.start; i < hit.end; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.kind === "number") count = Number(t.value.replace(",", "."));
    else if (WORD_COUNT[t.value] !== undefined && count === undefined) count = WORD_COUNT[t.value];
    const unit = UNIT_DAYS[t.value];
    if (unit !== undefined) {
      days = unit;
      plural = t.value.endsWith("s");
    }
    if (t.value === "ages") days = 30;
  }
  if (days === undefined) return count === undefined ? undefined : daysSinceYear(count);
  return (count ?? (plural ? 3 : 1)) * days;
}

// "for the last month", "over the past year": a duration, not a time in the past.
const DURATION_BEFORE = new Set([
  "for",
  "over",
  "since",
  "during",
  "throughout",
  "the",
  "past",
  "this",
]);

function timeMarkerDays(tokens: readonly Token[], hit: Hit): number | undefined {
  if (hit.concept === "LAST_PERIOD" && DURATION_BEFORE.has(tokens[hit.start - 1]?.norm ?? ""))
    return undefined;
  switch (hit.concept) {
    case "TODAY":
      return 0.5;
    case "LONG_AGO":
      return 3650;
    case "LAST_PERIOD":
      return PERIOD_DAYS[tokens[hit.start + 1]?.value ?? ""] ?? 180;
    case "TIME_AGO":
      return daysIn(tokens, hit) ?? 3;
    case "IN_YEAR": {
      for (let i = hit.start; i < hit.end; i++) {
        const t = tokens[i];
        if (t?.kind === "number") return daysSinceYear(Number(t.value));
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

export function splitClauses(tokens: readonly Token[], sentences: readonly Span[]): Span[] {
  const clauses: Span[] = [];
  for (const s of sentences) {
    let start = s.start;
    for (let i = s.start; i < s.end; i++) {
      const t = tokens[i];
      if (!t) continue;
      const next = tokens[i + 1];
      const isBreak =
        CLAUSE_PUNCT.has(t.value) ||
        (CLAUSE_WORDS.has(t.norm) && i > s.start) ||
        (t.norm === "and" && next !== undefined && SUBJECTS.has(next.norm));
      if (isBreak && i > start) {
        clauses.push({ start, end: i });
        start = i;
      }
    }
    if (start < s.end) clauses.push({ start, end: s.end });
  }
  return clauses;
}

// "it started 3 days ago", "came on a week ago": when something began, not something that is over.
const ONSET = new Set([
  "started",
  "start",
  "starting",
  "began",
  "begun",
  "appeared",
  "developed",
  "noticed",
  "came",
  "kicked",
  "first",
  "since",
]);
const MAX_ONSET_DAYS = 366;

/** Days since an onset ("started 3 days ago"): a duration of something still going on. */
export function onsetDays(
  tokens: readonly Token[],
  hit: Hit,
  clauseStart: number,
): number | undefined {
  if (hit.concept !== "TIME_AGO") return undefined;
  const days = daysIn(tokens, hit) ?? 3;
  if (days > MAX_ONSET_DAYS) return undefined;
  for (let i = Math.max(clauseStart, hit.start - 6); i < hit.start; i++) {
    if (ONSET.has(tokens[i]?.norm ?? "")) return days;
  }
  return undefined;
}

export function markRecency(
  tokens: readonly Token[],
  clauses: Span[],
  hits: readonly Hit[],
): Float64Array {
  const daysAgo = new Float64Array(tokens.length);
  const clauseDays: (number | undefined)[] = clauses.map(() => undefined);
  const markerOnly: boolean[] = clauses.map(() => false);
  const clauseOf = new Int32Array(tokens.length);
  clauses.forEach((c, ci) => {
    clauseOf.fill(ci, c.start, c.end);
  });
  const markers: Hit[][] = clauses.map(() => []);
  for (const h of hits) {
    if (timeMarkerDays(tokens, h) === undefined) continue;
    const ci = clauseOf[h.start] ?? 0;
    if (onsetDays(tokens, h, clauses[ci]?.start ?? 0) !== undefined) continue;
    markers[ci]?.push(h);
  }
  clauses.forEach((c, ci) => {
    let covered = 0;
    let content = 0;
    for (const h of markers[ci] ?? []) {
      const d = timeMarkerDays(tokens, h);
      if (d === undefined) continue;
      // The most recent marker wins: "as a child and again today" is today.
      clauseDays[ci] = Math.min(clauseDays[ci] ?? Number.POSITIVE_INFINITY, d);
      covered += h.end - h.start;
    }
    for (let i = c.start; i < c.end; i++) {
      const t = tokens[i];
      if (t && (t.kind === "word" || t.kind === "number") && !FILLER.has(t.norm)) content++;
    }
    markerOnly[ci] = clauseDays[ci] !== undefined && content <= covered;
  });
  // A clause that is only a time ("3 years ago, …" / "…, it was years ago") dates its neighbour.
  clauses.forEach((_, ci) => {
    if (!markerOnly[ci]) return;
    const target = ci === 0 || clauseDays[ci - 1] !== undefined ? ci + 1 : ci - 1;
    if (target >= 0 && target < clauses.length && clauseDays[target] === undefined) {
      clauseDays[target] = clauseDays[ci];
    }
  });
  clauses.forEach((c, ci) => {
    const d = clauseDays[ci] ?? 0;
    for (let i = c.start; i < c.end; i++) daysAgo[i] = d;
  });
  return daysAgo;
}
