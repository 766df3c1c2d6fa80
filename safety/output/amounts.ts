import { MED } from "../scope/lexicon.ts";

// Medicine amounts and frequencies in a canonical form ("two 200 mg tablets" → 200mg, 2tablet),
// so a claim in a reply can be matched against the same numbers in a cited passage.

const NUMBER_WORDS: Record<string, string> = {
  half: "0.5",
  "a half": "0.5",
  "one and a half": "1.5",
  "a quarter": "0.25",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  twelve: "12",
};
const NUMBER = `(?:\\d+(?:[.,]\\d+)?(?:\\s?(?:-|to)\\s?\\d+(?:[.,]\\d+)?)?|one and a half|a half|a quarter|${Object.keys(
  NUMBER_WORDS,
)
  .filter((w) => !w.includes(" "))
  .join("|")})`;

const UNITS: Record<string, string> = {
  mg: "mg",
  milligram: "mg",
  milligrams: "mg",
  mcg: "mcg",
  µg: "mcg",
  microgram: "mcg",
  micrograms: "mcg",
  g: "g",
  gram: "g",
  grams: "g",
  ml: "ml",
  millilitre: "ml",
  millilitres: "ml",
  milliliter: "ml",
  milliliters: "ml",
  unit: "unit",
  units: "unit",
  iu: "unit",
  tablet: "tablet",
  tablets: "tablet",
  tab: "tablet",
  tabs: "tablet",
  pill: "tablet",
  pills: "tablet",
  caplet: "tablet",
  caplets: "tablet",
  capsule: "capsule",
  capsules: "capsule",
  puff: "puff",
  puffs: "puff",
  drop: "drop",
  drops: "drop",
  sachet: "sachet",
  sachets: "sachet",
  teaspoon: "teaspoon",
  teaspoons: "teaspoon",
  tsp: "teaspoon",
  teaspoonful: "teaspoon",
  teaspoonfuls: "teaspoon",
  tablespoon: "tablespoon",
  tablespoons: "tablespoon",
  tbsp: "tablespoon",
  spoonful: "spoonful",
  spoonfuls: "spoonful",
  dose: "dose",
  doses: "dose",
  patch: "patch",
  patches: "patch",
  injection: "injection",
  injections: "injection",
};
const UNIT = `(?:${Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join("|")})`;

const AMOUNT = new RegExp(`\\b(${NUMBER})\\s?(?:a\\s|x\\s?)?(${UNIT})\\b`, "g");
// "2 paracetamol", "two ibuprofen": a count of a named medicine.
const COUNT_OF_MED = new RegExp(`\\b(${NUMBER})\\s(?:of (?:your |the )?)?(${MED})\\b`, "g");
const FREQUENCY = new RegExp(
  `\\bevery (${NUMBER})(?: to (${NUMBER}))? hours?\\b|\\b(${NUMBER}|once|twice|thrice) (?:times? )?(?:a|per|each) day\\b|\\b(once|twice|three times|four times) daily\\b|\\b(?:${NUMBER}) times daily\\b`,
  "g",
);

function canonNumber(raw: string): string {
  const word = NUMBER_WORDS[raw];
  if (word) return word;
  return raw.replace(",", ".").replace(/\s/g, "").replace(/to/, "-");
}

const FREQUENCY_WORDS: Record<string, string> = {
  once: "1",
  twice: "2",
  thrice: "3",
  "three times": "3",
  "four times": "4",
};

/** Canonical medicine amounts in folded text, e.g. ["400mg", "2tablet"]. */
export function findAmounts(folded: string): string[] {
  const found: string[] = [];
  for (const m of folded.matchAll(AMOUNT)) {
    found.push(`${canonNumber(m[1] ?? "")}${UNITS[m[2] ?? ""] ?? m[2]}`);
  }
  for (const m of folded.matchAll(COUNT_OF_MED)) {
    found.push(`${canonNumber(m[1] ?? "")}${(m[2] ?? "").replace(/s$/, "")}`);
  }
  return found;
}

/** Canonical frequencies in folded text, e.g. ["every4-6h", "2/day"]. */
export function findFrequencies(folded: string): string[] {
  const found: string[] = [];
  for (const m of folded.matchAll(FREQUENCY)) {
    if (m[1]) found.push(`every${canonNumber(m[1])}${m[2] ? `-${canonNumber(m[2])}` : ""}h`);
    else if (m[3]) found.push(`${FREQUENCY_WORDS[m[3]] ?? canonNumber(m[3])}/day`);
    else if (m[4]) found.push(`${FREQUENCY_WORDS[m[4]] ?? m[4]}/day`);
    else found.push(`${m[0].replace(/\D+/g, "")}/day`);
  }
  return found;
}
