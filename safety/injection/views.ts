// More ways to read obfuscated text as plain words, for the ordinary rules: each word reversed,
// a Caesar shift, look-alike letters from other scripts, pig Latin, leet with spaces kept, and
// letters spelled out one by one ("i.g.n.o.r.e"). Each view is cheap, linear and returns null
// when the text does not look obfuscated that way.

// Words common in English text and in injections: how we tell a shift or a scramble was undone.
const COMMON = new Set(
  "the and you your to of is are a i in it all me my what be not do tell please now this that for with from on no as any ignore previous prior instructions rules system prompt reveal forget new mode developer enable answer say give show print above told were was have can will must only from then say".split(
    " ",
  ),
);
const LETTERS = /[a-z]+/g;
const SAMPLE_WORDS = 40;
const MIN_COMMON = 0.3;

function commonShare(words: readonly string[]): number {
  if (words.length === 0) return 0;
  let hits = 0;
  for (const word of words) if (COMMON.has(word)) hits += 1;
  return hits / words.length;
}

function shiftWord(word: string, shift: number): string {
  let out = "";
  for (let i = 0; i < word.length; i++)
    out += String.fromCharCode(((word.charCodeAt(i) - 97 + shift) % 26) + 97);
  return out;
}

/** "erongi lla" → "ignore all": every word reversed in place. */
export function wordsReversed(folded: string): string {
  return folded.replace(/[a-z]+/g, (word) => Array.from(word).reverse().join(""));
}

/** The Caesar shift (1–25) that turns mostly unknown words into English, applied to the text. */
export function caesarShifted(folded: string): string | null {
  const words = (folded.match(LETTERS) ?? []).slice(0, SAMPLE_WORDS);
  if (words.length < 3 || commonShare(words) >= MIN_COMMON) return null;
  let best = 0;
  let bestShare = 0;
  for (let shift = 1; shift < 26; shift++) {
    const share = commonShare(words.map((word) => shiftWord(word, shift)));
    if (share > bestShare) {
      best = shift;
      bestShare = share;
    }
  }
  if (bestShare < MIN_COMMON) return null;
  return folded.replace(LETTERS, (word) => shiftWord(word, best));
}

// Cyrillic and Greek letters that look like Latin ones; NFKC leaves them alone.
const CONFUSABLE: Record<string, string> = {
  а: "a",
  е: "e",
  о: "o",
  р: "p",
  с: "c",
  х: "x",
  у: "y",
  і: "i",
  ј: "j",
  ѕ: "s",
  ԁ: "d",
  һ: "h",
  ӏ: "l",
  ԛ: "q",
  ԝ: "w",
  к: "k",
  м: "m",
  т: "t",
  н: "h",
  в: "b",
  ё: "e",
  ї: "i",
  α: "a",
  ε: "e",
  ι: "i",
  κ: "k",
  ο: "o",
  ρ: "p",
  τ: "t",
  υ: "u",
  χ: "x",
  ν: "v",
  ω: "w",
  ɡ: "g",
  ո: "n",
  ս: "u",
  ı: "i",
};
const NON_LATIN = /[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f\u0261\u0570-\u058f\u0131]/;
const CONFUSABLE_CHARS = new RegExp(`[${Object.keys(CONFUSABLE).join("")}]`, "g");

/** Latin look-alikes replaced, when the text mixes Latin with Cyrillic, Greek or Armenian letters. */
export function homoglyphsFolded(folded: string): string | null {
  if (!NON_LATIN.test(folded) || !/[a-z]/.test(folded)) return null;
  return folded.replace(CONFUSABLE_CHARS, (ch) => CONFUSABLE[ch] ?? ch);
}

const PIG_WORD = /^[a-z]+(?:way|yay|ay)$/;
const VOWEL = /[aeiou]/;

function unPig(word: string): string {
  if (!PIG_WORD.test(word)) return word;
  if (/(?:way|yay)$/.test(word) && VOWEL.test(word[0] ?? "")) return word.slice(0, -3);
  const stem = word.slice(0, -2);
  const cluster = /[^aeiou]+$/.exec(stem)?.[0] ?? "";
  return cluster.length > 0 && cluster.length < stem.length
    ? cluster + stem.slice(0, -cluster.length)
    : stem;
}

/** Pig Latin read back ("ignoreway allway" → "ignore all") when most words are in it. */
export function pigLatinDecoded(folded: string): string | null {
  const words = folded.match(LETTERS) ?? [];
  if (words.length < 3) return null;
  let pig = 0;
  for (const word of words) if (word.length > 3 && PIG_WORD.test(word)) pig += 1;
  if (pig / words.length < 0.6) return null;
  return folded.replace(LETTERS, unPig);
}

// A run of four or more single letters split by dots, dashes, stars, slashes or spaces.
const SPELLED = /\b[a-z](?:[._*\-/ ][a-z]\b){3,}/g;
const HAS_SPELLED = /\b[a-z](?:[._*\-/ ][a-z]\b){3}/;

/** "i.g.n.o.r.e your p.r.e.v.i.o.u.s rules" → "ignore your previous rules". */
export function spelledOut(folded: string): string | null {
  if (!HAS_SPELLED.test(folded)) return null;
  return folded.replace(SPELLED, (run) => run.replace(/[^a-z]/g, ""));
}

// Text-speak spellings of the words injections need ("pls 4get ur rulez").
const SLANG: Record<string, string> = {
  "4get": "forget",
  "4got": "forgot",
  "4getting": "forgetting",
  ur: "your",
  yr: "your",
  u: "you",
  ya: "you",
  r: "are",
  rulez: "rules",
  rulz: "rules",
  pls: "please",
  plz: "please",
  plse: "please",
  n: "and",
  b4: "before",
  wat: "what",
  wot: "what",
  gimme: "give me",
  lemme: "let me",
  instrux: "instructions",
  instructs: "instructions",
  promt: "prompt",
  ignor: "ignore",
  da: "the",
  dat: "that",
  ppl: "people",
  ull: "you'll",
  youre: "you're",
  dont: "don't",
  cant: "can't",
  im: "i'm",
};
const SLANG_WORD = new RegExp(`\\b(?:${Object.keys(SLANG).join("|")})\\b`, "g");
const SLANG_HINT =
  /\b(?:4get|4got|ur|yr|u|rulez|rulz|pls|plz|b4|gimme|lemme|instrux|promt|ignor)\b/;

/** Text-speak spelled out: "pls 4get ur rulez" → "please forget your rules". */
export function textSpeak(folded: string): string | null {
  if (!SLANG_HINT.test(folded)) return null;
  return folded.replace(SLANG_WORD, (word) => SLANG[word] ?? word);
}
