// Reads temperatures (°C and °F, "38,2", "100.4F", "a temp of 101"), ages ("6 week old", "2mo",
// "newborn"), pregnancy weeks, blood-glucose and blood-pressure readings, durations and minutes. Each quantity
// keeps its token index so negation and hypothetical scope apply to it like any other finding.
import { type PressureReading, readPressures } from "./pressure.ts";
import type { Span, Token } from "./tokenize.ts";
import {
  ADULT_SUBJECTS,
  AGE_VERBS,
  AGO,
  CELSIUS,
  CHILD_WORDS,
  COUNT_UNITS,
  DAYS_PER,
  DEGREES,
  DURATION_LEAD,
  FAHRENHEIT,
  GLUCOSE_CONTEXT,
  GLUCOSE_TOPIC,
  MINUTES_PER,
  MONTHS_PER,
  OTHER_READINGS,
  OTHER_UNITS,
  PREGNANCY_WORDS,
  TEMP_CONTEXT,
  WORD_NUMBERS,
  YOUNG_CHILD_WORDS,
} from "./units.ts";

export type Quantity =
  | { kind: "temperature"; celsius: number; at: number }
  | { kind: "age"; months: number; at: number }
  | { kind: "gestation"; weeks: number; at: number }
  | { kind: "glucose"; mmol: number; at: number }
  | { kind: "duration"; days: number; at: number }
  | { kind: "minutes"; minutes: number; at: number }
  | { kind: "count"; count: number; at: number }
  | PressureReading;

function numberAt(tokens: readonly Token[], i: number): number | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === "number") {
    const n = Number(t.value.replace(/,(\d)$/, ".$1").replace(/,/g, ""));
    return Number.isFinite(n) ? n : undefined;
  }
  return WORD_NUMBERS[t.value];
}

function temperatureFromRange(value: number): number | undefined {
  if (value >= 34 && value <= 43.5) return value;
  if (value >= 93 && value <= 110) return ((value - 32) * 5) / 9;
  return undefined;
}

function windowHas(
  tokens: readonly Token[],
  from: number,
  to: number,
  words: ReadonlySet<string>,
): boolean {
  for (let j = Math.max(from, 0); j < Math.min(to, tokens.length); j++) {
    const t = tokens[j];
    if (t && (words.has(t.value) || words.has(t.lemma))) return true;
  }
  return false;
}

function readUnitQuantity(
  tokens: readonly Token[],
  i: number,
  value: number,
  s: Span,
  worded: boolean,
): Quantity | undefined {
  const t1 = tokens[i + 1]?.value ?? "";
  const t2 = tokens[i + 2]?.value ?? "";
  const t3 = tokens[i + 3]?.value ?? "";
  const prev = tokens[i - 1]?.value ?? "";
  if (DEGREES.has(t1) || CELSIUS.has(t1) || FAHRENHEIT.has(t1)) {
    const scale = DEGREES.has(t1) ? t2 : t1;
    if (CELSIUS.has(scale) && value >= 30 && value <= 45)
      return { kind: "temperature", celsius: value, at: i };
    if (FAHRENHEIT.has(scale) && value >= 86 && value <= 113) {
      return { kind: "temperature", celsius: ((value - 32) * 5) / 9, at: i };
    }
    if (DEGREES.has(t1)) {
      const c = temperatureFromRange(value);
      if (c !== undefined) return { kind: "temperature", celsius: c, at: i };
    }
    return undefined;
  }
  if (t1 === "mmol") return { kind: "glucose", mmol: value, at: i };
  if (
    t1 === "mg" &&
    (t2 === "/" || t2 === "dl" || t2 === "per") &&
    (t3 === "dl" || t2 === "dl" || t3 === "deciliter")
  ) {
    return { kind: "glucose", mmol: value / 18, at: i };
  }
  if (COUNT_UNITS.has(t1) || COUNT_UNITS.has(t2)) return { kind: "count", count: value, at: i };
  const minutes = MINUTES_PER[t1];
  if (minutes !== undefined)
    return AGO.has(t2) ? undefined : { kind: "minutes", minutes: value * minutes, at: i };
  const days = DAYS_PER[t1];
  if (days === undefined) return undefined;
  if (AGO.has(t2)) return undefined;
  if (t2 === "old" || (t2 === "of" && t3 === "age"))
    return { kind: "age", months: value * (MONTHS_PER[t1] ?? days / 30.4), at: i };
  if (t2 === "pregnant" || t2 === "gestation" || t2 === "along" || t2 === "gone") {
    return t1.startsWith("week") ? { kind: "gestation", weeks: value, at: i } : undefined;
  }
  if (DURATION_LEAD.has(prev) || DURATION_LEAD.has(tokens[i - 2]?.value ?? "") || t2 === "now") {
    return { kind: "duration", days: value * days, at: i };
  }
  // "twice a day", "one day": a worded number only counts with an explicit lead or "old".
  if (worded) return undefined;
  if (prev === "aged" || prev === "age")
    return { kind: "age", months: value * (MONTHS_PER[t1] ?? days / 30.4), at: i };
  // "she's 7 weeks", "my wife is 34 weeks": an age for a child, a pregnancy for an adult.
  const childNear = windowHas(tokens, s.start, s.end, CHILD_WORDS);
  const pregnancyNear = windowHas(tokens, s.start, s.end, PREGNANCY_WORDS);
  if (t1.startsWith("week") && (pregnancyNear || prev === "am" || (!childNear && value >= 20))) {
    return value <= 42 ? { kind: "gestation", weeks: value, at: i } : undefined;
  }
  if (childNear || prev === "is" || prev === "'s" || prev === "be") {
    return { kind: "age", months: value * (MONTHS_PER[t1] ?? days / 30.4), at: i };
  }
  return { kind: "duration", days: value * days, at: i };
}

function readBareNumber(
  tokens: readonly Token[],
  i: number,
  value: number,
  aboutGlucose: boolean,
): Quantity | undefined {
  const raw = tokens[i]?.value ?? "";
  if (OTHER_UNITS.has(tokens[i + 1]?.value ?? "")) return undefined;
  if (windowHas(tokens, i - 4, i, GLUCOSE_CONTEXT)) {
    return { kind: "glucose", mmol: value <= 35 ? value : value / 18, at: i };
  }
  const decimal = /^\d{2,3}[.,]\d$/.test(raw);
  if (windowHas(tokens, i - 4, i + 2, TEMP_CONTEXT) || decimal) {
    const c = temperatureFromRange(value);
    if (c !== undefined) return { kind: "temperature", celsius: c, at: i };
  }
  // "had a hypo … I'm 5.8 now": a one-decimal reading in a message about blood sugar.
  if (
    aboutGlucose &&
    /^\d{1,2}[.,]\d$/.test(raw) &&
    value >= 1 &&
    value < 34 &&
    !windowHas(tokens, i - 4, i, OTHER_READINGS)
  ) {
    return { kind: "glucose", mmol: value, at: i };
  }
  return readStatedAge(tokens, i, value);
}

/** "I'm 72", "mum's 80", "my son is 8", "aged 55": a person's age in years, no unit needed. */
function readStatedAge(tokens: readonly Token[], i: number, value: number): Quantity | undefined {
  if (!Number.isInteger(value) || value < 1 || value > 110) return undefined;
  const prev = tokens[i - 1]?.value ?? "";
  const subject = tokens[i - 2]?.value ?? "";
  const stated =
    prev === "aged" ||
    (AGE_VERBS.has(prev) && (ADULT_SUBJECTS.has(subject) || CHILD_WORDS.has(subject)));
  if (!stated) return undefined;
  // "my baby is 39" is a temperature; "my son is 38" could be either, so it is neither.
  if (value >= 35 && value <= 42 && CHILD_WORDS.has(subject)) {
    return YOUNG_CHILD_WORDS.has(subject)
      ? { kind: "temperature", celsius: value, at: i }
      : undefined;
  }
  if (value < 16 && !CHILD_WORDS.has(subject) && prev !== "aged") return undefined;
  return { kind: "age", months: value * 12, at: i };
}

const AGE_WORDS: Readonly<Record<string, number>> = {
  newborn: 0.5,
  neonate: 0.5,
  toddler: 24,
};

export function readQuantities(tokens: readonly Token[], sentences: readonly Span[]): Quantity[] {
  const out: Quantity[] = [];
  const aboutGlucose = tokens.some(
    (t) => GLUCOSE_TOPIC.has(t.value) || GLUCOSE_CONTEXT.has(t.value),
  );
  for (const s of sentences) {
    for (let i = s.start; i < s.end; i++) {
      const t = tokens[i];
      if (!t) continue;
      const ageWord = AGE_WORDS[t.value];
      if (ageWord !== undefined) {
        out.push({ kind: "age", months: ageWord, at: i });
        continue;
      }
      // "a few weeks old", "couple of days old"
      if ((t.value === "few" || t.value === "couple") && tokens[i + 1]) {
        const unitAt = tokens[i + 1]?.value === "of" ? i + 2 : i + 1;
        const unit = tokens[unitAt]?.value ?? "";
        if (tokens[unitAt + 1]?.value === "old" && DAYS_PER[unit] !== undefined) {
          out.push({ kind: "age", months: (3 * (DAYS_PER[unit] ?? 0)) / 30.4, at: i });
          continue;
        }
      }
      const value = numberAt(tokens, i);
      if (value === undefined) continue;
      const q =
        readUnitQuantity(tokens, i, value, s, t.kind !== "number") ??
        (t.kind === "number" ? readBareNumber(tokens, i, value, aboutGlucose) : undefined);
      if (q) out.push(q);
    }
  }
  out.push(...readPressures(tokens, sentences));
  return out;
}
