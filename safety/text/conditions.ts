// Conditions over evidence: the small, closed vocabulary that declarative rules (triage and crisis)
// are written in. Concepts combine with all/any/not; numeric facts come from quantities.ts.
import type { Evidence } from "./evidence.ts";

/** A concept name, or a combination of facts about the patient's own words. */
export type Condition =
  | string
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition }
  /** A reading of at least this many °C, or, when no reading was given, a fever word. */
  | { fever: number }
  /** A reading below this many °C. */
  | { tempBelow: number }
  /** A stated age (months) in [from, under). */
  | { age: { from?: number; under?: number } }
  /** Baby words ("my baby", "newborn") with no stated age. */
  | { infantAgeUnknown: true }
  | { gestationFrom: number }
  /** Blood glucose in mmol/L (mg/dL readings are converted). */
  | { glucoseBelow: number }
  | { glucoseAbove: number }
  /** A stated duration of at least this many days ("for 3 weeks", "most days"). */
  | { lastingDays: number }
  | { minutesAtLeast: number }
  /** A blood-pressure reading at or above either figure ("185/100" meets [180, 110]). */
  | { pressureAtLeast: readonly [systolic: number, diastolic: number] }
  /** A number inside a finding of this concept ("took 20 paracetamol"). */
  | { numberIn: { concept: string; min?: number; max?: number } }
  /** Some sentence is a plain statement, not a question ("my knee hurts" vs "what helps knee pain?"). */
  | { statement: boolean };

type Test = (ev: Evidence) => boolean;

function compile(cond: Condition): Test {
  if (typeof cond === "string") return (ev) => ev.concepts.has(cond);
  if ("all" in cond) {
    const parts = cond.all.map(compile);
    return (ev) => {
      for (let i = 0; i < parts.length; i++) if (!(parts[i] as Test)(ev)) return false;
      return true;
    };
  }
  if ("any" in cond) {
    const parts = cond.any.map(compile);
    return (ev) => {
      for (let i = 0; i < parts.length; i++) if ((parts[i] as Test)(ev)) return true;
      return false;
    };
  }
  if ("not" in cond) {
    const inner = compile(cond.not);
    return (ev) => !inner(ev);
  }
  if ("fever" in cond) {
    const min = cond.fever;
    return (ev) =>
      ev.temperatures.length > 0
        ? within(ev.temperatures, min, Infinity)
        : ev.concepts.has("FEVER");
  }
  if ("tempBelow" in cond) return (ev) => within(ev.temperatures, -Infinity, cond.tempBelow, true);
  if ("age" in cond) {
    const { from = 0, under = Number.POSITIVE_INFINITY } = cond.age;
    return (ev) => within(ev.ages, from, under, true);
  }
  if ("infantAgeUnknown" in cond) return (ev) => ev.concepts.has("INFANT") && ev.ages.length === 0;
  if ("gestationFrom" in cond) return (ev) => within(ev.gestations, cond.gestationFrom, Infinity);
  if ("glucoseBelow" in cond) return (ev) => within(ev.glucose, -Infinity, cond.glucoseBelow, true);
  if ("glucoseAbove" in cond)
    return (ev) => within(ev.glucose, cond.glucoseAbove, Infinity, false, true);
  if ("lastingDays" in cond) return (ev) => within(ev.durations, cond.lastingDays, Infinity);
  if ("minutesAtLeast" in cond) return (ev) => within(ev.minutes, cond.minutesAtLeast, Infinity);
  if ("pressureAtLeast" in cond) {
    const [sys, dia] = cond.pressureAtLeast;
    return (ev) => within(ev.systolic, sys, Infinity) || within(ev.diastolic, dia, Infinity);
  }
  if ("statement" in cond) return (ev) => ev.statement === cond.statement;
  const { concept, min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY } = cond.numberIn;
  return (ev) => within(ev.numbers.get(concept) ?? [], min, max);
}

/** Some value in [min, max] (or [min, max) with `openMax`, (min, max] with `openMin`); no closures. */
function within(
  values: readonly number[],
  min: number,
  max: number,
  openMax = false,
  openMin = false,
): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if ((openMin ? v > min : v >= min) && (openMax ? v < max : v <= max)) return true;
  }
  return false;
}

/**
 * Keys of which at least one must be present for the condition to hold (null: no such guarantee).
 * Quantities count as "#temperature", "#age" and so on. Lets most rules be skipped in one lookup.
 */
function requiredKeys(cond: Condition): Set<string> | null {
  if (typeof cond === "string") return new Set([cond]);
  if ("all" in cond) {
    const sets = cond.all.map(requiredKeys).filter((s): s is Set<string> => s !== null);
    return sets.length === 0 ? null : (sets.sort((a, b) => a.size - b.size)[0] ?? null);
  }
  if ("any" in cond) {
    const union = new Set<string>();
    for (const c of cond.any) {
      const s = requiredKeys(c);
      if (!s) return null;
      for (const k of s) union.add(k);
    }
    return union;
  }
  if ("not" in cond) return null;
  if ("fever" in cond) return new Set(["FEVER", "#temperature"]);
  if ("tempBelow" in cond) return new Set(["#temperature"]);
  if ("age" in cond) return new Set(["#age"]);
  if ("infantAgeUnknown" in cond) return new Set(["INFANT"]);
  if ("gestationFrom" in cond) return new Set(["#gestation"]);
  if ("glucoseBelow" in cond || "glucoseAbove" in cond) return new Set(["#glucose"]);
  if ("lastingDays" in cond) return new Set(["#duration"]);
  if ("minutesAtLeast" in cond) return new Set(["#minutes"]);
  if ("pressureAtLeast" in cond) return new Set(["#pressure"]);
  if ("statement" in cond) return null;
  return new Set([cond.numberIn.concept]);
}

function present(key: string, ev: Evidence): boolean {
  switch (key) {
    case "#temperature":
      return ev.temperatures.length > 0;
    case "#age":
      return ev.ages.length > 0;
    case "#gestation":
      return ev.gestations.length > 0;
    case "#glucose":
      return ev.glucose.length > 0;
    case "#duration":
      return ev.durations.length > 0;
    case "#minutes":
      return ev.minutes.length > 0;
    case "#pressure":
      return ev.systolic.length > 0;
    default:
      return ev.concepts.has(key);
  }
}

interface Compiled {
  test: Test;
  keys: readonly string[] | null;
}

// Rules are static data: each condition object is compiled to a closure once, on first use.
const compiled = new WeakMap<object, Compiled>();

export function holds(cond: Condition, ev: Evidence): boolean {
  if (typeof cond === "string") return ev.concepts.has(cond);
  let entry = compiled.get(cond);
  if (!entry) {
    const keys = requiredKeys(cond);
    entry = { test: compile(cond), keys: keys ? [...keys] : null };
    compiled.set(cond, entry);
  }
  const keys = entry.keys;
  if (keys) {
    let any = false;
    for (let i = 0; i < keys.length && !any; i++) any = present(keys[i] as string, ev);
    if (!any) return false;
  }
  return entry.test(ev);
}

/** Concept names a condition relies on positively: where the quote for the nurse comes from. */
export function conceptsOf(cond: Condition, out: string[] = []): string[] {
  if (typeof cond === "string") out.push(cond);
  else if ("all" in cond) for (const c of cond.all) conceptsOf(c, out);
  else if ("any" in cond) for (const c of cond.any) conceptsOf(c, out);
  return out;
}
