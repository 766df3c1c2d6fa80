// Splits text into word tokens and classifies each for the name detectors: a known given name or
// surname, a word shaped like a surname (-sson, -ová, -ski, accents), a clinical or everyday word
// that ends a name, or unknown. One pass over the text; every lookup is a Set or an anchored test.

import { COMMON_WORDS } from "./common-words.ts";
import { AMBIGUOUS_NAMES, GIVEN_NAMES } from "./given-names.ts";
import { isMedicalWord } from "./medical-words.ts";
import { ORG_WORDS, PEOPLES, REGIONS } from "./place-words.ts";
import { AMBIGUOUS_SURNAMES, SURNAMES } from "./surnames.ts";

export type Kind = "given" | "givenAmb" | "surname" | "surnameAmb" | "shaped" | "unknown" | "stop";
export type Shape = "cap" | "upper" | "lower" | "initial";

export interface Token {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Lower-case, accents and a possessive 's stripped: the lexicon key. */
  key: string;
  shape: Shape;
  kind: Kind;
  possessive: boolean;
  /** First word of a sentence, line or quoted clause: a capital there proves nothing. */
  sentenceStart: boolean;
}

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;
const POSSESSIVE = /(?:['’]s|['’])$/;
const SENTENCE_END = /[.!?\n:;"“(>*•]/;
// Endings of surnames in many languages; the stem must be at least three letters.
const SURNAME_SHAPE =
  /^\p{L}{3,}(?:sson|dottir|[^aeiou]sen|ssen|ova|ov|ev|eva|ski|ska|sky|skiy|skaya|cki|cka|wicz|vich|ovic|evic|escu|enko|chuk|czyk|czak|shvili|dze|yan|oglu|poulos|akis|idis|inen|onen|anen|strom|qvist|kvist|gren|berg|lund|mann|stein|baum|ucci|etti|elli|acci|otti|eira|eiro|ez|moto|mura|yama|kawa|gawa|hara|shita|zaki|saki|hashi|bayashi|guchi|shima|jima)$/u;
// Letters outside English: "Szöllösy", "Ottová", "Þór", "Łukasz".
const FOREIGN_LETTER = /[À-ÖØ-öø-ɏ]/u;
const IRISH_SCOTTISH = /^(?:Mc\p{Lu}|O['’]\p{Lu}|D['’]\p{Lu})/u;
// English derivational endings: "Smoking", "Vision", "Killed", "Activity" are words, not names.
const ENGLISH_SHAPE =
  /(?:ing|ings|tion|tions|sion|sions|ment|ments|ness|ity|ities|ance|ence|ous|ful|less|ive|ives|ism|ist|ists|ics|ical|able|ible|wards|ship|hood|[^e]ed)$/;

const ASCII = /^[\x20-\x7e]*$/;

function stripAccents(word: string): string {
  return ASCII.test(word) ? word : word.normalize("NFD").replace(/\p{M}/gu, "");
}

export function keyOf(word: string): string {
  const bare = word.length > 2 ? word.replace(POSSESSIVE, "") : word;
  return stripAccents(bare.replace(/[-'’]+$/, ""))
    .toLowerCase()
    .replace(/’/g, "'");
}

function isStopWord(key: string, text: string): boolean {
  const singular = key.length > 3 && key.endsWith("s") ? key.slice(0, -1) : key;
  return (
    COMMON_WORDS.has(key) ||
    COMMON_WORDS.has(key.replace(/'/g, "")) ||
    REGIONS.has(key) ||
    PEOPLES.has(key) ||
    ORG_WORDS.has(key) ||
    isMedicalWord(key) ||
    isMedicalWord(singular) ||
    /\d/.test(text)
  );
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

function shapeOf(text: string): Shape {
  const first = text[0] ?? "";
  if (text.length === 1) return isUpper(first) ? "initial" : "lower";
  if (!isUpper(first)) return "lower";
  return text === text.toUpperCase() ? "upper" : "cap";
}

// Kinds repeat across messages ("the", "pain", "Sarah"): a bounded cache keeps lookups cheap.
const KIND_CACHE = new Map<string, Kind>();
const KIND_CACHE_SIZE = 20_000;

function cachedKind(key: string, text: string): Kind {
  const hit = KIND_CACHE.get(text);
  if (hit !== undefined) return hit;
  const kind = kindOf(key, text);
  if (KIND_CACHE.size >= KIND_CACHE_SIZE) KIND_CACHE.clear();
  KIND_CACHE.set(text, kind);
  return kind;
}

export function kindOf(key: string, text: string): Kind {
  if (key.length < 2 || key.length > 40) return "stop";
  if (AMBIGUOUS_NAMES.has(key)) return "givenAmb";
  if (GIVEN_NAMES.has(key)) return "given";
  if (AMBIGUOUS_SURNAMES.has(key)) return "surnameAmb";
  if (SURNAMES.has(key)) return "surname";
  if (isStopWord(key, text)) return "stop";
  if (key.length >= 5 && SURNAME_SHAPE.test(key)) return "shaped";
  if (FOREIGN_LETTER.test(text) || IRISH_SCOTTISH.test(text)) return "shaped";
  return key.length >= 5 && ENGLISH_SHAPE.test(key) ? "stop" : "unknown";
}

function startsSentence(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 6; i -= 1) {
    const ch = text[i] ?? "";
    if (ch === " " || ch === "\t" || ch === "'" || ch === "‘" || ch === "[") continue;
    return SENTENCE_END.test(ch);
  }
  return at === 0 || at <= 6;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    // "Jones'-" or "Smith-": trailing joiners are not part of the word.
    const word = raw.replace(/[-'’]+$/, (tail) => (/^['’]$/.test(tail) ? tail : ""));
    const key = keyOf(word);
    // "COX-2", "B12", "Covid19": a word joined to digits is a code, not a name.
    const joinedToDigit = /\d/.test(text[match.index + raw.length] ?? "");
    tokens.push({
      index: tokens.length,
      start: match.index,
      end: match.index + word.length,
      text: word,
      key,
      shape: shapeOf(word),
      kind: joinedToDigit ? "stop" : cachedKind(key, word),
      possessive: POSSESSIVE.test(word) && word.length > 2,
      sentenceStart: startsSentence(text, match.index),
    });
  }
  return tokens;
}

export function isKnown(kind: Kind): boolean {
  return kind === "given" || kind === "surname" || kind === "shaped";
}

export function isNameLike(kind: Kind): boolean {
  return kind !== "stop";
}
