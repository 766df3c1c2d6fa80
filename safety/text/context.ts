// Per-sentence context for every finding: which tokens are idioms (masked), which sit inside an
// education or hypothetical frame, and how long ago each clause happened. Past events long ago and
// "what are the signs of…" questions must not fire; "earlier today… fine now" still must (P2).

import { FRAME_CONCEPTS, FRAME_MACROS } from "./frames.ts";
import { type Hit, matchLexicon } from "./matcher.ts";
import { compileLexicon } from "./patterns.ts";
import type { Quantity } from "./quantities.ts";
import type { Span, Token } from "./tokenize.ts";

export interface TextContext {
  /** 1 where an idiom claimed the token. */
  masked: Uint8Array;
  /** 1 where the token sits in an education / hypothetical frame. */
  hypothetical: Uint8Array;
  /** How many days ago the token's clause happened; 0 = now or unstated. */
  daysAgo: Float64Array;
  clauses: Span[];
  /** Some sentence outside a frame speaks about a person ("I", "my son", "he is…"). */
  personal: boolean;
  /** Some sentence is a plain statement rather than a question. */
  statement: boolean;
  /** Explicit durations ("for 3 weeks", "most days"), in days. */
  durations: { days: number; at: number }[];
  frameHits: Hit[];
}

const FRAMES = compileLexicon("frames", FRAME_CONCEPTS, FRAME_MACROS);

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
const PERSONAL = new Set(["i", "me", "my", "mine", "myself", "we", "our", "us", "ours"]);

const UNIT_DAYS: Readonly<Record<string, number>> = {
  second: 0,
  seconds: 0,
  minute: 0,
  minutes: 0,
  hour: 0.05,
  hours: 0.05,
  day: 1,
  days: 1,
  week: 7,
  weeks: 7,
  fortnight: 14,
  month: 30,
  months: 30,
  year: 365,
  years: 365,
};
const WORD_COUNT: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  few: 3,
  couple: 2,
  several: 4,
  some: 3,
  many: 6,
};
const PERIOD_DAYS: Readonly<Record<string, number>> = { week: 7, month: 30, year: 365 };

/** Days named by the tokens of a time expression ("3 weeks", "a couple of months", "for ages"). */
function daysIn(tokens: readonly Token[], hit: Hit): number | undefined {
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
  if (days === undefined) return undefined;
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
    default:
      return undefined;
  }
}

function splitClauses(tokens: readonly Token[], sentences: readonly Span[]): Span[] {
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

function markRecency(
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
  for (const h of hits)
    if (timeMarkerDays(tokens, h) !== undefined) markers[clauseOf[h.start] ?? 0]?.push(h);
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

const GENERIC_SUBJECTS = new Set([
  "a",
  "an",
  "someone",
  "somebody",
  "anyone",
  "anybody",
  "people",
  "you",
  "one",
  "women",
  "men",
  "parents",
  "kids",
  "children",
  "babies",
  "adults",
  "person",
  "patients",
]);
const PERSONAL_WORDS = new Set(["i", "me", "my", "we", "our", "us", "mine"]);

/**
 * A question about people in general ("can a baby get hay fever?", "is chest pain always a heart
 * attack?") with nobody of the patient's own in it: the whole sentence is education.
 */
function isGeneralQuestion(
  tokens: readonly Token[],
  s: Span,
  hits: readonly Hit[],
  anchors: Uint8Array,
  reading: Uint8Array,
): boolean {
  const first = tokens[s.start]?.norm ?? "";
  const asked = QUESTION_WORDS.has(first) || tokens[s.end - 1]?.value === "?";
  if (!asked) return false;
  for (let i = s.start; i < s.end; i++) if (reading[i] === 1) return false;
  let generic = hits.some((h) => h.concept === "GENERAL" && h.start >= s.start && h.start < s.end);
  for (let i = s.start; i < s.end; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (PERSONAL_WORDS.has(t.norm) || anchors[i] === 1) return false;
    if (i < s.start + 6 && GENERIC_SUBJECTS.has(t.norm)) generic = true;
  }
  return generic;
}

function sentenceStart(sentences: readonly Span[], token: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid]?.start ?? 0) <= token) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo]?.start ?? 0;
}

function markHypothetical(
  tokens: readonly Token[],
  sentences: readonly Span[],
  hits: readonly Hit[],
  quantities: readonly Quantity[],
): Uint8Array {
  const hyp = new Uint8Array(tokens.length);
  const anchors = new Uint8Array(tokens.length + 1);
  const subordinators = new Uint8Array(tokens.length + 1);
  for (const h of hits) {
    if (h.concept === "ANCHOR") anchors[h.start] = 1;
    else if (h.concept === "SUBORDINATOR") subordinators[h.start] = 1;
  }
  const live = hits
    .filter((h) => h.concept === "CONCRETE")
    .map((h) => h.start)
    .concat(
      quantities
        .filter((q) => q.kind === "temperature" || q.kind === "glucose" || q.kind === "minutes")
        .map((q) => q.at),
    );
  const concrete = (from: number, to: number): boolean => live.some((i) => i >= from && i < to);
  const concreteWords = new Set(hits.filter((h) => h.concept === "CONCRETE").map((h) => h.start));
  const concreteWord = (i: number): boolean => concreteWords.has(i);
  const readings = new Uint8Array(tokens.length);
  for (const q of quantities) {
    if (q.kind === "temperature" || q.kind === "glucose" || q.kind === "minutes")
      readings[q.at] = 1;
  }
  const framesBySentence = new Map<number, Hit[]>();
  for (const h of hits) {
    if (h.concept !== "EDUCATION" && h.concept !== "GENERIC_IF" && h.concept !== "EDUCATION_HEAD")
      continue;
    const list = framesBySentence.get(sentenceStart(sentences, h.start)) ?? [];
    list.push(h);
    framesBySentence.set(sentenceStart(sentences, h.start), list);
  }
  for (const s of sentences) {
    if (isGeneralQuestion(tokens, s, hits, anchors, readings)) {
      hyp.fill(1, s.start, s.end);
      continue;
    }
    const frames = (framesBySentence.get(s.start) ?? []).filter(
      (h) => h.concept !== "EDUCATION_HEAD" || h.start === s.start,
    );
    for (const frame of frames) {
      // A live reading inside the question ("is it normal for a newborn to be 38.5?") is a report.
      if (
        concrete(frame.start, s.end) &&
        live.some((i) => i >= s.start && i < s.end && !concreteWord(i))
      )
        continue;
      let end = s.end;
      for (let i = frame.end; i < s.end; i++) {
        const t = tokens[i];
        if (!t) continue;
        if (t.norm === "but" || t.norm === "however") {
          end = i;
          break;
        }
        if (anchors[i] !== 1) continue;
        const subordinated = subordinators[i - 1] === 1 || (i >= 2 && subordinators[i - 2] === 1);
        // "how do I know if my baby has…" stays a question unless it gives live details ("…is 38.5").
        if (!subordinated || concrete(i, s.end)) {
          end = i;
          break;
        }
      }
      for (let i = frame.start; i < end; i++) hyp[i] = 1;
    }
  }
  return hyp;
}

const QUESTION_WORDS = new Set([
  "what",
  "how",
  "why",
  "when",
  "where",
  "which",
  "who",
  "can",
  "could",
  "is",
  "are",
  "does",
  "do",
  "should",
  "will",
  "would",
]);

/** A plain statement outside any frame ("runny nose for 2 days") reports something, a question may not. */
function isStatement(tokens: readonly Token[], s: Span, hypothetical: Uint8Array): boolean {
  if (QUESTION_WORDS.has(tokens[s.start]?.norm ?? "") || tokens[s.end - 1]?.value === "?")
    return false;
  for (let i = s.start; i < s.end; i++)
    if (hypothetical[i] !== 1 && tokens[i]?.kind === "word") return true;
  return false;
}

export function readContext(
  tokens: readonly Token[],
  sentences: readonly Span[],
  quantities: readonly Quantity[],
): TextContext {
  const hits = matchLexicon(FRAMES, { tokens, sentences });
  const masked = new Uint8Array(tokens.length);
  for (const h of hits)
    if (h.concept === "IDIOM") for (let i = h.start; i < h.end; i++) masked[i] = 1;
  const clauses = splitClauses(tokens, sentences);
  const hypothetical = markHypothetical(tokens, sentences, hits, quantities);
  const daysAgo = markRecency(tokens, clauses, hits);
  const durations: { days: number; at: number }[] = [];
  for (const h of hits) {
    if (h.concept !== "DURATION") continue;
    const words = tokens.slice(h.start, h.end).map((t) => t.value);
    const days = words.includes("most") || words.includes("every") ? 14 : daysIn(tokens, h);
    if (days !== undefined) durations.push({ days, at: h.start });
  }
  const statement = sentences.some((s) => isStatement(tokens, s, hypothetical));
  let personal = statement;
  for (let i = 0; i < tokens.length && !personal; i++) {
    const t = tokens[i];
    if (hypothetical[i] === 1 || !t) continue;
    if (PERSONAL.has(t.norm) || hits.some((h) => h.concept === "ANCHOR" && h.start === i))
      personal = true;
  }
  return {
    masked,
    hypothetical,
    daysAgo,
    clauses,
    personal,
    statement,
    durations,
    frameHits: hits,
  };
}
