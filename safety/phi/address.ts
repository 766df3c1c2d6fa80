// Catches places smaller than a state: street addresses in many countries' forms, grown into the
// whole address (`address-block.ts`), PO boxes and military mail, postcodes (`postcodes.ts`), and
// a town or city after "I live in", "originally from" and similar. States and countries are kept.

import { bareStreetOk, extendAddress } from "./address-block.ts";
import { keyOf, kindOf } from "./name-tokens.ts";
import { REGIONS } from "./place-words.ts";
import { findPostcodes, UK_OR_CANADA_ANY_CASE, US_STATE_CODES } from "./postcodes.ts";
import type { Candidate } from "./span.ts";
import { collect } from "./span.ts";
import { BARE_STREET, findStreets, NOT_STREET_WORD } from "./street.ts";

// "I live at ...", "my address is ...": a house number, then the street up to the clause's end.
const ADDRESS_CUE =
  /\b(?:i live|we live|he lives|she lives|they live|lives|living|lived|staying|resides?|residing|moved|moving|my address is|address is|address:|new address|home address|billing address|postal address|mailing address|located at|deliver(?:ed)? to|send (?:it|them|this|that) to|sent to|post (?:it|them) to|meet me at|pick me up (?:at|from)|drop (?:me|it) off at|drops you off at)(?:[ \t]{1,3}(?:at|on|is|to|in))?:?[ \t]{1,3}((?:(?:flat|apt|apartment|unit|suite)\.?[ \t]?#?[A-Za-z0-9-]{1,6},?[ \t]{1,2})?\d{1,6}[A-Za-z]?[ \t,][^\n,.;!?]{2,60})/dgi;
const CITY_CUE =
  /\b(?:live|lives|living|lived|reside|resides|residing|moved|moving|based|born|grew up|staying|hometown is|town of|city of|village of|originally from|moved here from|i'm from|i am from|we're from|we are from|i'm in|i am in|we're in|flew to|flying to|fly to|travell?ing to)[ \t]{1,2}(?:(?:in|to|at|near|from)[ \t]{1,2})?(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \t]\p{Lu}[\p{L}\p{M}'’-]+){0,2})/dgu;
const STATE_NAMES =
  "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|Alberta|Manitoba|Saskatchewan|Nova Scotia|Queensland|Victoria|Tasmania";
const TOWN = "\\p{Lu}[\\p{L}\\p{M}'’-]+(?:[ \\t]\\p{Lu}[\\p{L}\\p{M}'’-]+)?";
const CITY_BEFORE_STATE = new RegExp(
  `(?<![\\p{L}'-])(${TOWN}),[ \\t]?(?:(?:${US_STATE_CODES}),?[ \\t]\\d{5}\\b|(?:${STATE_NAMES})\\b)`,
  "dgu",
);
const TOWN_BEFORE = new RegExp(`(?<![\\p{L}'-])(${TOWN}),?[ \\t]{1,2}$`, "du");

function townOk(value: string): boolean {
  const words = value.split(/[ \t]/);
  const first = keyOf(words[0] ?? "");
  if (REGIONS.has(keyOf(value)) || REGIONS.has(first)) return false;
  return words.every((word) => kindOf(keyOf(word), word) !== "stop");
}

/** The cue's value up to the first word that is not part of an address ("with my wife"). */
function cueAddresses(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const match of text.matchAll(ADDRESS_CUE)) {
    const [start] = match.indices?.[1] ?? [match.index];
    const value = match[1] ?? "";
    let length = 0;
    for (const word of value.matchAll(/[^ \t]+/g)) {
      const key = word[0].toLowerCase().replace(/[^\p{L}]/gu, "");
      if (NOT_STREET_WORD.has(key)) break;
      length = word.index + word[0].length;
    }
    const kept = value.slice(0, length);
    if (start !== undefined && /\p{L}{3,}/u.test(kept.replace(/^[^ \t]*/, "")))
      out.push({ type: "address", start, end: start + kept.length });
  }
  return out;
}

function bareStreets(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const match of text.matchAll(BARE_STREET)) {
    const words = match[2] ?? "";
    const end = match.index + match[0].length;
    if (bareStreetOk(text, words, match[1] !== undefined, end))
      out.push({ type: "address", start: match.index, end });
  }
  return out;
}

/** "Leeds LS6 2AB": the town just before a UK or Canadian postcode. */
function townsBeforePostcodes(text: string, zips: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const zip of zips) {
    UK_OR_CANADA_ANY_CASE.lastIndex = zip.start;
    if (!/^\p{Lu}/u.test(text[zip.start] ?? "") || !UK_OR_CANADA_ANY_CASE.test(text)) continue;
    const from = Math.max(0, zip.start - 40);
    const match = TOWN_BEFORE.exec(text.slice(from, zip.start));
    const town = match?.[1];
    const [start] = match?.indices?.[1] ?? [];
    if (town !== undefined && start !== undefined && townOk(town))
      out.push({ type: "address", start: from + start, end: from + start + town.length });
  }
  return out;
}

/** Overlapping address spans become one; a postcode inside one splits it. */
function union(text: string, addresses: Candidate[], zips: Candidate[]): Candidate[] {
  const sorted = [...addresses].sort((a, b) => a.start - b.start);
  const merged: Candidate[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    const touching =
      last !== undefined &&
      /^[ \t,]{0,3}(?:\r?\n[ \t]{0,3})?$/.test(text.slice(last.end, span.start));
    if (last !== undefined && (span.start < last.end || touching))
      last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const out: Candidate[] = [];
  const piece = (start: number, end: number) => {
    const value = text.slice(start, end);
    const lead = /^[ \t,\r\n]*/.exec(value)?.[0].length ?? 0;
    const trail = /[ \t,\r\n]*$/.exec(value)?.[0].length ?? 0;
    if (/\p{L}/u.test(value)) out.push({ type: "address", start: start + lead, end: end - trail });
  };
  for (const span of merged) {
    let start = span.start;
    for (const zip of zips) {
      if (zip.start >= start && zip.end <= span.end) {
        piece(start, zip.start);
        start = zip.end;
      }
    }
    piece(start, span.end);
  }
  return out;
}

export function findAddresses(text: string): Candidate[] {
  const numbered = /\d/.test(text);
  const cores = [
    ...findStreets(text),
    ...(numbered ? [...cueAddresses(text), ...bareStreets(text)] : []),
  ];
  const blocks = cores.map((core) => extendAddress(text, core));
  const zips = numbered ? [...blocks.flatMap((block) => block.zips), ...findPostcodes(text)] : [];
  const places = [
    ...collect(text, CITY_CUE, "address", townOk, 1),
    ...collect(text, CITY_BEFORE_STATE, "address", townOk, 1),
    ...townsBeforePostcodes(text, zips),
  ];
  return [...union(text, [...blocks.map((block) => block.address), ...places], zips), ...zips];
}
