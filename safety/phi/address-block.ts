// Grows a street line into the whole address: the flat or suite, the town, the state or province
// and the postcode, on one line or several ("12 Oak Road\nFlat 3\nLeeds\nLS6 2AB"). The town is
// redacted with the street; the postcode becomes its own [ZIP]; a state or country is stepped over
// (Safe Harbor keeps them) so that a postcode after it is still found. Each step is one sticky
// match at a known offset, so the walk is linear.

import { COMMON_WORDS } from "./common-words.ts";
import { isMedicalWord } from "./medical-words.ts";
import { keyOf, kindOf } from "./name-tokens.ts";
import { ORG_WORDS, PEOPLES, REGIONS } from "./place-words.ts";
import { ANY_POSTCODE, REGION_CODES, UK_OR_CANADA_ANY_CASE } from "./postcodes.ts";
import type { Candidate } from "./span.ts";

const SEP = /(?:[ \t]*,[ \t]*|(?:[ \t]*\r?\n[ \t>?*•-]{0,6}){1,2}(?:,[ \t]*)?|[ \t]{1,3})/y;
const UNIT =
  /(?:(?:apt|apartment|suite|ste|unit|flat|fl|floor|room|rm|bldg|building|no|#)\.?[ \t]{0,2}#?[A-Za-z]?\d{1,5}[A-Za-z]?|(?:APO|FPO|DPO)[ \t]{1,2}(?:AA|AE|AP))(?![\p{L}\d])/iuy;
// "Koskikatu 25 A 5": a stair letter and flat number straight after the house number.
const STAIR = /[A-Z][ \t]?\d{1,3}(?=[ \t]*(?:[,\r\n]|$))/uy;
const STATE = new RegExp(`(?:${REGION_CODES})(?![\\p{L}\\d])`, "uy");
const PLACE =
  /\p{L}[\p{L}\p{M}'’.-]{0,30}(?:[ \t](?:\p{L}[\p{L}\p{M}'’.-]{0,30}|\([^)\n]{1,20}\))){0,4}/uy;
const PLACE_END = /^(?:[ \t]*(?:,|\r?\n|$)|[.!?;](?:\s|$))/;
const UNIT_BEFORE =
  /(?:flat|apt|apartment|unit|suite|ste)\.?[ \t]?#?[A-Za-z0-9-]{1,6},?[ \t]{1,2}$/i;
const NUMBER_BEFORE = /(?<![\p{L}\d,.])\d{1,6}[A-Za-z]?[ \t]{1,2}$/u;
// Words that carry a sentence on, so the words before them are not a town.
const NOT_TOWN = new Set(
  "i the a an and but then so my me we he she it you they please thanks thank call is was am are have has had for to of in on at with after before when if or this that since because".split(
    " ",
  ),
);
// Everyday words that are also parts of town names ("Colorado Springs", "Mill Village").
const TOWN_WORDS = new Set(
  "new old north south east west upper lower great little high low grand mount port fort lake bay city town village green hill hills park bridge field fields spring springs falls beach heights valley island isle wood woods street end cross market st saint royal".split(
    " ",
  ),
);
const PARTICLES = new Set(
  "de del do da dos das la le les nad pod na v w z am an im in sur sous upon on en y e di della van von den der ter ten u bei".split(
    " ",
  ),
);

function sticky(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0] ?? null;
}

// A bare number is a postcode after a town or on its own line, or before a town ("6700 Arlon").
function postcodeAt(text: string, at: number, generic: boolean): string | null {
  const value = sticky(ANY_POSTCODE, text, at) ?? sticky(UK_OR_CANADA_ANY_CASE, text, at);
  if (value === null) return null;
  if (generic || !/^\d{3,6}$/.test(value) || /^\d{5}$/.test(value)) return value;
  return /^[ \t]{1,2}\p{Lu}\p{Ll}/u.test(text.slice(at + value.length, at + value.length + 4))
    ? value
    : null;
}

function beforePostcodeOrState(text: string, at: number): boolean {
  const sep = sticky(SEP, text, at);
  if (sep === null) return false;
  return (
    postcodeAt(text, at + sep.length, true) !== null ||
    sticky(STATE, text, at + sep.length) !== null
  );
}

function isRegion(words: string[]): boolean {
  return words.every((word) => {
    const key = keyOf(word.replace(/[()]/g, ""));
    return REGIONS.has(key) || PEOPLES.has(key);
  });
}

// English endings on a title-case word ("Coughing", "Started"); all-caps town lines are exempt.
const ENGLISH_WORD = /(?:ing|ed|ly|tion|ness|ment)$/;

function townWord(word: string): boolean {
  const bare = word.replace(/[().]/g, "");
  const key = keyOf(bare);
  if (/^\p{Lu}$/u.test(bare) || TOWN_WORDS.has(key) || isRegion([bare])) return true;
  if (/\d/.test(bare) || COMMON_WORDS.has(key) || isMedicalWord(key) || ORG_WORDS.has(key))
    return false;
  return bare === bare.toUpperCase() || !ENGLISH_WORD.test(key);
}

/** The longest run of words at `at` that reads as a town: it ends the line or the clause. */
function townAt(text: string, at: number): string | null {
  const value = sticky(PLACE, text, at);
  if (value === null) return null;
  const words = value.split(/[ \t]/);
  for (let n = words.length; n >= 1; n -= 1) {
    const candidate = words.slice(0, n).join(" ");
    const rest = text.slice(at + candidate.length, at + candidate.length + 12);
    const ends = PLACE_END.test(rest) || beforePostcodeOrState(text, at + candidate.length);
    if (!ends) continue;
    const named = words.slice(0, n).filter((w) => !PARTICLES.has(w.toLowerCase()));
    const first = named[0] ?? "";
    if (named.length === 0 || NOT_TOWN.has(first.toLowerCase())) return null;
    if (!named.every(townWord) || (named.length === 1 && COMMON_WORDS.has(keyOf(first))))
      return null;
    const lower = named.filter((w) => /^\p{Ll}/u.test(w)).length;
    if (lower > 0 && lower < named.length) return null;
    // A lower-case town only before a postcode: "leeds ls6 2ab".
    if (lower > 0 && !beforePostcodeOrState(text, at + candidate.length)) return null;
    return candidate;
  }
  return null;
}

export interface Block {
  address: Candidate;
  zips: Candidate[];
  /** Parts found after the street line (flat, town, state, postcode). */
  parts: number;
  /** A flat, a postcode, a state, or a town on its own line: enough to make "Kesk 53" a street. */
  strong: boolean;
}

export function extendAddress(text: string, core: Candidate): Block {
  let start = core.start;
  const head = text.slice(Math.max(0, start - 24), start);
  const unit = UNIT_BEFORE.exec(head) ?? NUMBER_BEFORE.exec(head);
  if (unit !== null) start -= unit[0].length;
  let end = core.end;
  let at = core.end;
  let parts = 0;
  let strong = false;
  let place = false;
  const zips: Candidate[] = [];
  for (let step = 0; step < 8; step += 1) {
    const sep = sticky(SEP, text, at);
    if (sep === null) break;
    const pos = at + sep.length;
    const stair = step === 0 && !/[,\n]/.test(sep) ? sticky(STAIR, text, pos) : null;
    const unitValue = sticky(UNIT, text, pos) ?? stair;
    if (unitValue !== null) {
      at = end = pos + unitValue.length;
      parts += 1;
      strong = true;
      continue;
    }
    const zip = postcodeAt(text, pos, place || sep.includes("\n"));
    if (zip !== null) {
      zips.push({ type: "zip", start: pos, end: pos + zip.length });
      at = pos + zip.length;
      parts += 1;
      strong = true;
      continue;
    }
    const state = sticky(STATE, text, pos);
    if (state !== null && (place || sep.includes("\n") || sep.includes(","))) {
      at = pos + state.length;
      place = true;
      parts += 1;
      strong = true;
      continue;
    }
    const town = townAt(text, pos);
    if (town === null) break;
    if (!isRegion(town.split(/[ \t]/))) end = pos + town.length;
    at = pos + town.length;
    place = true;
    parts += 1;
    if (sep.includes("\n")) strong = true;
  }
  return { address: { type: "address", start, end }, zips, parts, strong };
}

/** A bare "Name 12" is a street when a building number precedes it or address lines follow. */
export function bareStreetOk(
  text: string,
  words: string,
  hasBuildingNumber: boolean,
  end: number,
): boolean {
  const stop = words.split(/[ \t]/).some((word) => kindOf(keyOf(word), word) === "stop");
  if (stop) return false;
  if (hasBuildingNumber) return true;
  return extendAddress(text, { type: "address", start: end, end }).strong;
}
