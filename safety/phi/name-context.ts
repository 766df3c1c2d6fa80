// Unknown capitalised words that the sentence shows are people: the subject of a speech verb
// ("Mehrudin shouted"), a speaker label ("Éva: ..."), someone addressed ("..., Roy!"), a name
// beside "my son", the other members of a list of names, a name line above contact details, and
// every later mention of a name already found ("Jouni ... Jouni Hahli").

import { EPONYM_CONDITIONS } from "./medical-words.ts";
import { PERSON_VERB_AFTER, PERSON_VERB_BEFORE, RELATIVE_AFTER } from "./name-cues.ts";
import { type Doc, nameTokens, notAPerson, readRun, spanOfRun, usable } from "./name-runs.ts";
import { isKnown, type Token } from "./name-tokens.ts";
import type { Candidate } from "./span.ts";

const AFTER_SPEECH_OBJECT = /^(?:[.,!?;:"”)]|[ \t]+(?:to|and|at|about|in|on|from|that)\b|[ \t]*$)/;
const LINE_START = /(?:^|\n)[ \t>*•?-]{0,6}$/;
const LABEL_COLON = /^[ \t]?:/;
const VOCATIVE_OPEN = /^,[ \t]/;
const VOCATIVE_CLOSE_BEFORE = /,[ \t]{1,2}$/;
const VOCATIVE_CLOSE_AFTER = /^[ \t]*[!?.]*[ \t]*(?:\r?\n|$)/;
const LIST_RIGHT = /^(?:,[ \t]{0,2}(?:(?:and|or|&)[ \t]{1,2})?|[ \t]{1,2}(?:and|or|&)[ \t]{1,2})/;
const LIST_LEFT = /(?:,[ \t]{0,2}(?:(?:and|or|&)[ \t]{1,2})?|[ \t]{1,2}(?:and|or|&)[ \t]{1,2})$/;
const CONTACT_LINE = /[\d@]/;
// "Points", "Results": a plural noun, where a surname ending in -s would be known ("Jones").
const PLURAL = /[^su]s$/;
const MAX_LIST = 8;

function known(token: Token): boolean {
  return isKnown(token.kind) || token.kind === "givenAmb" || token.kind === "surnameAmb";
}

function allCapitalised(names: Token[]): boolean {
  return names.length > 0 && names.every((t) => t.shape === "cap" || t.shape === "upper");
}

/** Runs that no seed covers, judged by the words around them. */
function byContext(doc: Doc): Candidate[] {
  const { text, tokens } = doc;
  const out: Candidate[] = [];
  let covered = -1;
  for (const token of tokens) {
    if (token.index <= covered || !usable(doc, token, false)) continue;
    const run = readRun(doc, token.index, false);
    covered = run[run.length - 1] ?? token.index;
    const names = nameTokens(doc, run);
    const span = spanOfRun(doc, run);
    if (span === null || !allCapitalised(names) || notAPerson(doc, run, true)) continue;
    const before = text.slice(Math.max(0, span.start - 40), span.start);
    const after = text.slice(span.end, span.end + 60);
    const anyKnown = names.some(known);
    const first = names[0];
    const single = names.length === 1 && first !== undefined;
    if (single && EPONYM_CONDITIONS.has(first.key)) continue;
    // "Frequently asked ...": an adverb opening a sentence, not a speaker.
    if (single && first.sentenceStart && first.kind === "unknown" && /ly$/.test(first.key))
      continue;
    const opensSentence = first?.sentenceStart === true;
    const atLineStart = LINE_START.test(before);
    const isPerson =
      PERSON_VERB_AFTER.test(after) ||
      (PERSON_VERB_BEFORE.test(before) && AFTER_SPEECH_OBJECT.test(after)) ||
      (RELATIVE_AFTER.test(after) && (anyKnown || !opensSentence)) ||
      (atLineStart && LABEL_COLON.test(after) && anyKnown) ||
      (atLineStart && VOCATIVE_OPEN.test(after) && names.some((t) => isKnown(t.kind))) ||
      (VOCATIVE_CLOSE_BEFORE.test(before) && VOCATIVE_CLOSE_AFTER.test(after) && anyKnown);
    if (isPerson) out.push(span);
  }
  return out;
}

/**
 * A line that is only two or three capitalised words at the top or bottom of a message, next to
 * a line of contact details: a signature or an address label ("Dreux Joly" above a phone number).
 */
function nameLines(doc: Doc): Candidate[] {
  const { text } = doc;
  if (!text.includes("\n")) return [];
  const out: Candidate[] = [];
  const lines = text.split("\n");
  const firstRow = lines.findIndex((line) => line.trim().length > 0);
  let offset = 0;
  lines.forEach((line, row) => {
    const lineStart = offset;
    offset += line.length + 1;
    if (row !== firstRow && row < lines.length - 4) return;
    const lead = /^[ \t>*•?-]*/.exec(line)?.[0].length ?? 0;
    const index = doc.at.get(lineStart + lead);
    if (index === undefined) return;
    const run = readRun(doc, index, false);
    const names = nameTokens(doc, run);
    const span = spanOfRun(doc, run);
    if (span === null || names.length < 2 || names.length > 3) return;
    if (!names.every((t) => t.shape === "cap" && !PLURAL.test(t.key))) return;
    if (
      notAPerson(doc, run, false) ||
      !/^[ \t,]*$/.test(text.slice(span.end, lineStart + line.length))
    )
      return;
    const near = [...lines.slice(Math.max(0, row - 3), row), ...lines.slice(row + 1, row + 4)];
    if (near.some((other) => CONTACT_LINE.test(other))) out.push(span);
  });
  return out;
}

/** The other members of a list that holds a name: "Kónya, Becker and Vasquez". */
function listMembers(doc: Doc, seeds: Candidate[]): Candidate[] {
  const { text, tokens } = doc;
  const out: Candidate[] = [];
  const queue = [...seeds];
  const seen = new Set(seeds.map((s) => s.start));
  for (let step = 0; step < queue.length && out.length < MAX_LIST * 4; step += 1) {
    const seed = queue[step];
    if (seed === undefined) continue;
    const right = LIST_RIGHT.exec(text.slice(seed.end, seed.end + 12));
    const nextIndex = right === null ? undefined : doc.at.get(seed.end + right[0].length);
    const candidates: number[][] = [];
    if (nextIndex !== undefined) candidates.push(readRun(doc, nextIndex, false).slice(0, 3));
    const left = LIST_LEFT.exec(text.slice(Math.max(0, seed.start - 12), seed.start));
    if (left !== null) {
      const leftEnd = seed.start - left[0].length;
      const lastIndex = doc.endingAt.get(leftEnd);
      const last = lastIndex === undefined ? undefined : tokens[lastIndex];
      if (last !== undefined && usable(doc, last, false)) {
        let firstIndex = last.index;
        const previous = tokens[firstIndex - 1];
        if (
          previous !== undefined &&
          text.slice(previous.end, last.start) === " " &&
          usable(doc, previous, false)
        )
          firstIndex -= 1;
        const run = readRun(doc, firstIndex, false);
        if (run.includes(last.index)) candidates.push(run.filter((i) => i <= last.index));
      }
    }
    for (const run of candidates) {
      const names = nameTokens(doc, run);
      const first = names[0];
      const span = spanOfRun(doc, run);
      if (span === null || first === undefined || seen.has(span.start)) continue;
      if (!allCapitalised(names) || notAPerson(doc, run, false)) continue;
      if (first.sentenceStart && !known(first) && /ly$/.test(first.key)) continue;
      if (names.length === 1 && EPONYM_CONDITIONS.has(first.key)) continue;
      seen.add(span.start);
      out.push(span);
      queue.push(span);
    }
  }
  return out;
}

/** Every other mention of a name already found, capitalised as it was. */
function repeats(doc: Doc, found: Candidate[]): Candidate[] {
  const keys = new Map<string, boolean>();
  for (const span of found) {
    for (let i = doc.at.get(span.start) ?? doc.tokens.length; i < doc.tokens.length; i += 1) {
      const token = doc.tokens[i];
      if (token === undefined || token.start >= span.end) break;
      if (token.kind === "stop" || token.key.length < 3 || token.shape === "initial") continue;
      keys.set(token.key, (keys.get(token.key) ?? false) || token.shape === "lower");
    }
  }
  const out: Candidate[] = [];
  for (const token of doc.tokens) {
    const lower = keys.get(token.key);
    if (lower === undefined || token.kind === "stop") continue;
    if (token.shape === "lower" && !lower) continue;
    if ((token.kind === "givenAmb" || token.kind === "surnameAmb") && token.sentenceStart) continue;
    if (notAPerson(doc, [token.index], false, true)) continue;
    const span = spanOfRun(doc, [token.index]);
    if (span !== null) out.push(span);
  }
  return out;
}

export function findNameContext(doc: Doc, seeds: Candidate[]): Candidate[] {
  const direct = [...seeds, ...byContext(doc), ...nameLines(doc)];
  const listed = [...direct, ...listMembers(doc, direct)];
  return [...listed, ...repeats(doc, listed)];
}
