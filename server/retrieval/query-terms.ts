import type { Synonyms } from "./synonyms.ts";

// Turns a patient's message into search terms: their own words, the library words for any lay
// phrase they used, and hints about who the question is for (a baby's age, a pregnancy).

// Chatty words that carry no topic; PostgreSQL's English stop list already drops the rest.
const CHATTER = new Set(
  "help please thanks thank know need want get got getting feel feeling felt really bit lot today tonight yesterday now just still also think might maybe like im ive dont doesnt cant wont thing things something anything ok okay hi hello hey worried worry sure tell whats hows able keep going went one two day days week weeks time times kind sort".split(
    " ",
  ),
);

export interface QueryTerms {
  /** The patient's own topic words, in order, de-duplicated. */
  words: string[];
  /** Library words added by the synonym list. */
  expansions: string[];
  ageMonths: number | undefined;
  audience: "child" | "pregnancy" | undefined;
}

const UNIT_MONTHS: Record<string, number> = { day: 1 / 30, week: 12 / 52, month: 1, year: 12 };

export function parseAgeMonths(text: string): number | undefined {
  const match =
    /\b(\d{1,2}(?:\.\d)?)\s*-?\s*(days?|d|weeks?|wks?|w|months?|mos?|m|years?|yrs?|y)\s*-?\s*(?:old|o)\b/i.exec(
      text,
    );
  if (match?.[1] && match[2]) {
    const unit = match[2].toLowerCase();
    const key = unit.startsWith("d")
      ? "day"
      : unit.startsWith("w")
        ? "week"
        : unit.startsWith("m")
          ? "month"
          : "year";
    return Number(match[1]) * (UNIT_MONTHS[key] ?? 1);
  }
  if (/\b(newborn|new born|new baby)\b/i.test(text)) return 0.5;
  return undefined;
}

const CHILD =
  /\b(baby|babies|infant|newborn|toddler|child|children|kid|kids|son|daughter|boy|girl|grandson|granddaughter|nappy|nappies|diaper|diapers)\b/i;
const PREGNANCY =
  /\b(pregnant|pregnancy|expecting|weeks gone|trimester|midwife|bump|fetal|foetal|baby kicking|movements)\b/i;

export function buildQueryTerms(text: string, synonyms: Synonyms): QueryTerms {
  const folded = ` ${text
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[^a-z0-9'&+\s-]/g, " ")
    .replace(/\s+/g, " ")
    .trim()} `;
  const words: string[] = [];
  for (const raw of folded.split(" ")) {
    const word = raw.replace(/^[-']+|[-']+$/g, "").replace(/'/g, "");
    if (word.length < 2 || /^\d/.test(word) || CHATTER.has(word) || words.includes(word)) continue;
    words.push(word);
  }
  const expansions = expandSynonyms(folded, synonyms);
  const ageMonths = parseAgeMonths(text);
  const audience =
    PREGNANCY.test(text) && !/\bbaby (is|has|was)\b/i.test(text)
      ? "pregnancy"
      : CHILD.test(text) || (ageMonths !== undefined && ageMonths < 16 * 12)
        ? "child"
        : undefined;
  return { words, expansions: expansions.filter((e) => !words.includes(e)), ageMonths, audience };
}

/** Library words for every lay phrase in `text` (whole words, case-insensitive). */
export function expandSynonyms(text: string, synonyms: Synonyms): string[] {
  const folded = ` ${text.toLowerCase().replace(/'/g, "").replace(/\s+/g, " ").trim()} `;
  const expansions = new Set<string>();
  for (const [phrase, adds] of synonyms.entries) {
    if (folded.includes(` ${phrase.replace(/'/g, "")} `))
      for (const add of adds) expansions.add(add.toLowerCase());
  }
  return [...expansions];
}
