// Reads a run of name words starting at a token ("Tamsin R. Wetherby", "Maika van de Noort") and
// decides whether a run with no cue before it is a person: a known given name or surname, a word
// shaped like a surname, or a capitalised given name beside another name word.

import { followedByMedicalWord, isEponym } from "./common-words.ts";
import { EPONYM_CONDITIONS, isMedicalWord, POSSESSIVE_EPONYMS } from "./medical-words.ts";
import { isKnown, type Token, tokenize } from "./name-tokens.ts";
import { ORG_WORDS } from "./place-words.ts";
import type { Candidate } from "./span.ts";

const PARTICLES = new Set(
  "van von de der den ten ter da di do dos das del della du la le bin ibn al el".split(" "),
);
const MAX_NAME_TOKENS = 4;
// "St Mary's", "San Francisco", "Santa Maria": a saint's name is a place or a hospital.
const SAINT = new Set(["st", "ste", "saint", "san", "santa", "sao", "santo", "sankt"]);

export interface Doc {
  text: string;
  tokens: Token[];
  /** Token index by start offset. */
  at: Map<number, number>;
  /** Token index by end offset. */
  endingAt: Map<number, number>;
  /** Mostly capitals: all-caps words are then read like capitalised ones. */
  shouting: boolean;
  /** All-caps known names beside another ("JOHN SMITH"); a lone "ADA" or "LAM" is an acronym. */
  capsNames: Set<number>;
}

export function docOf(text: string): Doc {
  const tokens = tokenize(text);
  const at = new Map<number, number>();
  const endingAt = new Map<number, number>();
  for (const token of tokens) {
    at.set(token.start, token.index);
    endingAt.set(token.end, token.index);
  }
  const upper = tokens.filter((t) => t.shape === "upper").length;
  const knownCaps = (t: Token | undefined): t is Token =>
    t !== undefined && t.shape === "upper" && (t.kind === "given" || t.kind === "surname");
  const capsNames = new Set<number>();
  for (const token of tokens) {
    const next = tokens[token.index + 1];
    if (knownCaps(token) && knownCaps(next) && text.slice(token.end, next.start) === " ") {
      capsNames.add(token.index);
      capsNames.add(next.index);
    }
  }
  return {
    text,
    tokens,
    at,
    endingAt,
    capsNames,
    shouting: tokens.length >= 3 && upper >= tokens.length * 0.7,
  };
}

export function usable(doc: Doc, token: Token | undefined, lower: boolean): boolean {
  if (token === undefined || token.kind === "stop") return false;
  if (token.shape === "cap") return true;
  if (token.shape === "upper") return doc.shouting || doc.capsNames.has(token.index);
  return lower && token.shape === "lower";
}

function gap(doc: Doc, a: Token, b: Token): string {
  return doc.text.slice(a.end, b.start);
}

// "I" and "A" without a dot are a pronoun and an article, not initials.
function initialAt(doc: Doc, index: number): boolean {
  const token = doc.tokens[index];
  const next = doc.tokens[index + 1];
  if (token?.shape !== "initial" || next === undefined) return false;
  const between = gap(doc, token, next);
  if (between === ". ") return usable(doc, next, false);
  return between === " " && !/^[IA]$/.test(token.text) && usable(doc, next, false);
}

/** Token indices of the name run starting at `index` (initials and particles sit between). */
export function readRun(doc: Doc, index: number, lower: boolean, lowerAny = false): number[] {
  const { tokens } = doc;
  const first = tokens[index];
  if (first === undefined) return [];
  if (!usable(doc, first, lower) && !initialAt(doc, index)) return [];
  const run = [index];
  let names = first.shape === "initial" ? 0 : 1;
  while (names < MAX_NAME_TOKENS) {
    const lastIndex = run[run.length - 1] ?? index;
    const last = tokens[lastIndex];
    let nextIndex = lastIndex + 1;
    let next = tokens[nextIndex];
    if (last === undefined || next === undefined || last.possessive) break;
    const between = gap(doc, last, next);
    if (!/^[ \t]{1,2}$/.test(between) && !(last.text.length === 1 && between === ". ")) break;
    // "Maika van de Noort": up to two lower-case particles, then a capitalised word.
    let particles = 0;
    while (next?.shape === "lower" && PARTICLES.has(next.key) && particles < 2 && !lower) {
      const after: Token | undefined = tokens[nextIndex + 1];
      if (after === undefined || gap(doc, next, after) !== " ") break;
      particles += 1;
      nextIndex += 1;
      next = after;
    }
    if (particles > 0 && next?.shape !== "cap") break;
    if (initialAt(doc, nextIndex)) {
      run.push(nextIndex);
      continue;
    }
    // After "my name is", lower-case words run on: "hyuuma t. maida", "borna jerković".
    const lowerFits =
      next?.shape === "lower" &&
      next.kind !== "stop" &&
      (isKnown(next.kind) || (lowerAny && next.key.length >= 2));
    const lowerInitial =
      lowerAny &&
      next?.shape === "lower" &&
      /^[b-hj-z]$/.test(next.text) &&
      tokens[nextIndex + 1]?.shape === "lower" &&
      tokens[nextIndex + 1]?.kind !== "stop";
    if (first.shape === "lower" && lowerInitial) {
      run.push(nextIndex);
      continue;
    }
    const fits = first.shape === "lower" ? lowerFits : usable(doc, next, false);
    if (!fits) break;
    run.push(nextIndex);
    names += 1;
  }
  while (run.length > 1 && /^.$/.test(tokens[run[run.length - 1] ?? 0]?.text ?? "")) run.pop();
  return run;
}

export function nameTokens(doc: Doc, run: readonly number[]): Token[] {
  return run
    .map((i) => doc.tokens[i])
    .filter((t): t is Token => t !== undefined && t.text.length > 1);
}

/** "Keira E. Forster", "Delvis J Carvajal": a middle initial between two capitalised words. */
// "Factor V Leiden", "Type I": a Roman numeral without a dot is no initial.
function hasMiddleInitial(doc: Doc, run: readonly number[]): boolean {
  const middle = run.slice(1, -1).some((i) => {
    const token = doc.tokens[i];
    if (token?.shape !== "initial") return false;
    return doc.text[token.end] === "." || !/^[IVX]$/.test(token.text);
  });
  return middle && nameTokens(doc, run).length >= 2;
}

export function spanOfRun(doc: Doc, run: readonly number[]): Candidate | null {
  const names = nameTokens(doc, run);
  const first = doc.tokens[run[0] ?? -1];
  const last = names[names.length - 1];
  if (first === undefined || last === undefined) return null;
  return { type: "name", start: first.start, end: bareEnd(last) };
}

/** End offset of a token without its possessive: "Crohn's" ends after "Crohn". */
export function bareEnd(token: Token): number {
  if (!token.possessive) return token.end;
  return token.end - (/s$/i.test(token.text) && /['’]s$/i.test(token.text) ? 2 : 1);
}

/** Words around the run that make it a condition or an institution, not a person. */
export function notAPerson(
  doc: Doc,
  run: readonly number[],
  cueLed: boolean,
  knownPerson = false,
): boolean {
  const names = nameTokens(doc, run);
  const first = names[0];
  const last = names[names.length - 1];
  if (first === undefined || last === undefined) return true;
  const end = bareEnd(last);
  const after = doc.text.slice(end, end + 48);
  if (isEponym(after)) return true;
  const lastIndex = run[run.length - 1] ?? 0;
  const next = doc.tokens[lastIndex + 1];
  const nextIsOrg =
    next !== undefined &&
    next.shape !== "lower" &&
    gap(doc, last, next) === " " &&
    ORG_WORDS.has(next.key);
  if (nextIsOrg && !last.possessive) return true;
  if (cueLed) return false;
  if (followedByMedicalWord(after)) return true;
  if (last.possessive && (EPONYM_CONDITIONS.has(last.key) || POSSESSIVE_EPONYMS.has(last.key)))
    return true;
  if (!knownPerson && names.length === 1 && EPONYM_CONDITIONS.has(first.key)) return true;
  if (SAINT.has(first.key)) return true;
  const previous = doc.tokens[(run[0] ?? 0) - 1];
  if (
    previous !== undefined &&
    SAINT.has(previous.key) &&
    /^\.?[ \t]$/.test(gap(doc, previous, first))
  )
    return true;
  if (previous === undefined) return false;
  if (previous.shape === "cap" && gap(doc, previous, first) === " " && isMedicalWord(previous.key))
    return true;
  // "Porokeratosis of Mibelli", "Nevus of Ota", "Tetralogy of Fallot".
  const beforeOf = doc.tokens[previous.index - 1];
  return previous.key === "of" && beforeOf !== undefined && isMedicalWord(beforeOf.key);
}

/** A run with no cue before it: which part of it, if any, is a person. */
export function gazetteerRun(doc: Doc, run: readonly number[]): number[] | null {
  let kept = [...run];
  const names = nameTokens(doc, kept);
  const [a, b] = names;
  // "Unfortunately Emma ...": an unknown capital that opens a sentence is just a capital.
  if (
    a !== undefined &&
    b !== undefined &&
    a.sentenceStart &&
    a.kind === "unknown" &&
    (b.kind === "given" || b.kind === "givenAmb")
  )
    kept = kept.slice(kept.indexOf(b.index));
  const tokens = nameTokens(doc, kept);
  const kinds = tokens.map((t) => t.kind);
  const one = tokens[0];
  if (one === undefined) return null;
  let ok: boolean;
  // "Will Xyzal work?": an everyday word opening a sentence needs a known name beside it.
  if (tokens.length >= 2)
    ok =
      kinds.some(isKnown) ||
      (kinds[0] === "givenAmb" && !one.sentenceStart) ||
      hasMiddleInitial(doc, kept);
  else if (one.shape === "lower" || (one.shape === "upper" && !doc.shouting)) ok = false;
  else
    ok =
      one.kind === "given" ||
      one.kind === "surname" ||
      (one.kind === "shaped" && !one.sentenceStart);
  if (!ok || notAPerson(doc, kept, false)) return null;
  return kept;
}
