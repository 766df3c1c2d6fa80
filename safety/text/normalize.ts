// Text as the checks see it. Patients (and attackers) write with smart quotes, full-width letters,
// zero-width joiners and odd spacing; every check matches on this canonical form instead.

// Zero-width and bidi controls can hide words from a matcher ("sui\u200Bcide").
// Built from a string: each code point is listed on purpose, combining joiners included.
// biome-ignore lint/complexity/useRegexLiterals: a literal would trip noMisleadingCharacterClass.
const INVISIBLE = new RegExp(
  "[\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0]",
  "g",
);
// C0/C1 control characters other than tab and newline.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

const PUNCTUATION_MAP: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201A": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u00B4": "'",
  "`": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\u2033": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\u2026": "...",
};
const PUNCTUATION = new RegExp(`[${Object.keys(PUNCTUATION_MAP).join("")}]`, "g");

/** Canonical form: NFKC, invisible and control characters removed, ASCII quotes and dashes, single spaces. Case is kept. */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(CONTROL, " ")
    .replace(PUNCTUATION, (ch) => PUNCTUATION_MAP[ch] ?? ch)
    .replace(/[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g, " ")
    .replace(/ *\n[\n ]*/g, "\n")
    .trim();
}

/** Canonical form, lower-cased: what most matchers want. */
export function foldText(text: string): string {
  return normalizeText(text).toLowerCase();
}
