// Catches names a patient gives: after a cue ("my name is", "I'm", "Dr.", "my son", "Hi", a
// sign-off such as "Thanks, Sarah"), and any capitalised common given name with its surname.
// States after "I'm" ("I'm Tired") and eponyms ("Parkinson's disease") are not names.

import { COMMON_WORDS, isEponym } from "./common-words.ts";
import { AMBIGUOUS_NAMES, GIVEN_NAMES } from "./given-names.ts";
import type { Candidate } from "./span.ts";

type Strength = "strong" | "weak" | "gazetteer";

const TOKEN = /\p{Lu}[\p{L}'’-]{0,30}/uy;
const LOWER_TOKEN = /\p{Ll}[\p{L}'’-]{1,30}/uy;
// "I" and "A" without a dot are a pronoun and an article, not initials.
const INITIAL = /(?:\p{Lu}\.|[B-HJ-Z])(?=[ \t]\p{Lu})/uy;
const GAP = /[ \t]{1,3}/y;
const MAX_TOKENS = 3;

const CUES: ReadonlyArray<{ pattern: RegExp; strength: Strength }> = [
  {
    pattern:
      /\b(?:my name is|my name's|(?:his|her|their) name is|name:|i am called|i'm called|call me|they call me|signed|(?:last|first|family|maiden|full|given) name(?: is|:|\?)?|surname(?: is|:|\?)?)[ \t]{1,3}/gi,
    strength: "strong",
  },
  // Only abbreviations take a dot: after "doctor." a new sentence starts.
  {
    pattern:
      /\b(?:(?:dr|mr|mrs|ms|mx|prof|rev|fr|sr)\.?|miss|professor|doctor|nurse|sister|sir|dame|lady|lord|father)[ \t]{1,3}/gi,
    strength: "strong",
  },
  {
    pattern:
      /\bmy (?:son|daughter|child|kid|baby|wife|husband|partner|mum|mom|mother|dad|father|brother|sister|grandma|grandmother|grandpa|grandfather|granddaughter|grandson|aunt|uncle|cousin|niece|nephew|friend|boyfriend|girlfriend|fianc[eé]e?|carer|caregiver|neighbou?r|gp|doctor|nurse|consultant|therapist|stepson|stepdaughter|twin)(?:,|'s name is| named| called)?[ \t]{1,3}/gi,
    strength: "strong",
  },
  {
    pattern:
      /(?:^|\n)[ \t]{0,3}(?:hi|hello|hey|dear|good morning|good afternoon|good evening|morning|afternoon)[ \t,]{1,3}/gi,
    strength: "strong",
  },
  {
    pattern: /\b(?:i am|i'm|im|this is|it's|it is|named|called|known as)[ \t]{1,3}/gi,
    strength: "weak",
  },
];
const SIGN_OFF =
  /\b(?:thanks|thank you|many thanks|cheers|regards|kind regards|best regards|best wishes|best|sincerely|love|yours|warm regards|take care|thx)[,.!]?[ \t]{0,3}\n?[ \t]{0,3}(?:-[ \t]{0,3})?/gi;
const END_OF_TEXT = /^[ \t.!]*$/;
const CAPITALISED = /\p{Lu}[\p{L}'’-]{1,30}/gu;
const LOWER_GIVEN = /(?<![\p{L}@.])\p{Ll}{5,20}(?![\p{L}@])/gu;
// A person, judged by what follows: "Tomomi Sato lives at ...", "Ana Ruiz was born ...".
const PERSON_AFTER =
  /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]{1,30} \p{Lu}[\p{L}'’-]{1,30}) (?:lives (?:at|in|on)|lived (?:at|in|on)|was born|is from|passed away|died)\b/dgu;
// "Polycythemia Vera", "Iris Melanoma": a condition word beside the name makes it a disease name.
const MEDICAL_BEFORE = /\p{L}{3,}(?:emia|aemia|itis|osis|oma|ia|pathy|ism)[ \t]$/iu;
const MEDICAL_WORD = /^\p{L}{2,}(?:emia|aemia|itis|osis|oma|pathy|ism)$/iu;

function bare(token: string): string {
  return token.replace(/['’]s$/, "").toLowerCase();
}

function isNameToken(token: string): boolean {
  const word = bare(token);
  return word.length >= 2 && /\p{Ll}/u.test(token) && !COMMON_WORDS.has(word);
}

function readAt(pattern: RegExp, text: string, at: number): string | null {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0] ?? null;
}

/** The tokens of a name starting at `at`: first token, an optional initial, surnames. */
function nameTokens(
  text: string,
  at: number,
  lowerFirst: boolean,
): { tokens: string[]; end: number } {
  const tokens: string[] = [];
  const ends: number[] = [];
  const first = readAt(TOKEN, text, at) ?? (lowerFirst ? readAt(LOWER_TOKEN, text, at) : null);
  if (first === null) return { tokens, end: at };
  tokens.push(first);
  ends.push(at + first.length);
  // A lower-case first name is taken alone: the next word is too often a verb ("maria fell").
  while (
    /^\p{Lu}/u.test(first) &&
    tokens.length < MAX_TOKENS &&
    !/['’]s$/.test(tokens[tokens.length - 1] ?? "")
  ) {
    const end = ends[ends.length - 1] ?? at;
    const gap = readAt(GAP, text, end);
    if (gap === null) break;
    const next = readAt(INITIAL, text, end + gap.length) ?? readAt(TOKEN, text, end + gap.length);
    if (next === null || (next.length > 2 && (!isNameToken(next) || MEDICAL_WORD.test(next))))
      break;
    tokens.push(next);
    ends.push(end + gap.length + next.length);
  }
  while (tokens.length > 1 && /^\p{Lu}\.?$/u.test(tokens[tokens.length - 1] ?? "")) {
    tokens.pop();
    ends.pop();
  }
  return { tokens, end: ends[ends.length - 1] ?? at };
}

function accept(tokens: string[], strength: Strength): boolean {
  const first = tokens[0];
  if (first === undefined) return false;
  const word = bare(first);
  const capitalised = /^\p{Lu}/u.test(first);
  if (!capitalised)
    return (
      GIVEN_NAMES.has(word) &&
      !AMBIGUOUS_NAMES.has(word) &&
      (strength === "strong" || word.length >= 5)
    );
  if (!isNameToken(first)) return false;
  if (strength === "strong") return true;
  const known = GIVEN_NAMES.has(word) && !AMBIGUOUS_NAMES.has(word);
  const withSurname = tokens.length >= 2 && (GIVEN_NAMES.has(word) || AMBIGUOUS_NAMES.has(word));
  const withInitial = tokens.length === 3 && /^\p{Lu}\.?$/u.test(tokens[1] ?? "");
  return known || withSurname || withInitial;
}

function spanAt(
  text: string,
  at: number,
  strength: Strength,
  lowerFirst = strength === "strong",
): Candidate | null {
  const { tokens, end } = nameTokens(text, at, lowerFirst);
  if (!accept(tokens, strength) || isEponym(text.slice(end, end + 48))) return null;
  if (MEDICAL_BEFORE.test(text.slice(Math.max(0, at - 24), at))) return null;
  const last = tokens[tokens.length - 1] ?? "";
  const trimmed = /['’]s$/.test(last) ? end - 2 : end;
  return { type: "name", start: at, end: trimmed };
}

export function findNames(text: string): Candidate[] {
  const out: Candidate[] = [];
  const push = (span: Candidate | null) => {
    if (span !== null && span.end > span.start) out.push(span);
  };
  for (const { pattern, strength } of CUES) {
    for (const match of text.matchAll(pattern))
      push(spanAt(text, match.index + match[0].length, strength));
  }
  for (const match of text.matchAll(SIGN_OFF)) {
    const span = spanAt(text, match.index + match[0].length, "strong");
    if (span !== null && END_OF_TEXT.test(text.slice(span.end))) push(span);
  }
  for (const match of text.matchAll(CAPITALISED)) push(spanAt(text, match.index, "gazetteer"));
  for (const match of text.matchAll(LOWER_GIVEN))
    push(spanAt(text, match.index, "gazetteer", true));
  for (const match of text.matchAll(PERSON_AFTER)) {
    const [start, end] = match.indices?.[1] ?? [match.index, match.index];
    const words = text.slice(start, end).split(" ");
    if (words.every(isNameToken)) push({ type: "name", start, end });
  }
  return out;
}
