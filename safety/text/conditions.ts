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
  /** A number inside a finding of this concept ("took 20 paracetamol"). */
  | { numberIn: { concept: string; min?: number; max?: number } };

type Test = (ev: Evidence) => boolean;

function compile(cond: Condition): Test {
  if (typeof cond === "string") return (ev) => ev.concepts.has(cond);
  if ("all" in cond) {
    const parts = cond.all.map(compile);
    return (ev) => parts.every((t) => t(ev));
  }
  if ("any" in cond) {
    const parts = cond.any.map(compile);
    return (ev) => parts.some((t) => t(ev));
  }
  if ("not" in cond) {
    const inner = compile(cond.not);
    return (ev) => !inner(ev);
  }
  if ("fever" in cond) {
    const min = cond.fever;
    return (ev) =>
      ev.temperatures.length > 0 ? ev.temperatures.some((t) => t >= min) : ev.concepts.has("FEVER");
  }
  if ("tempBelow" in cond) return (ev) => ev.temperatures.some((t) => t < cond.tempBelow);
  if ("age" in cond) {
    const { from = 0, under = Number.POSITIVE_INFINITY } = cond.age;
    return (ev) => ev.ages.some((a) => a >= from && a < under);
  }
  if ("infantAgeUnknown" in cond) return (ev) => ev.concepts.has("INFANT") && ev.ages.length === 0;
  if ("gestationFrom" in cond) return (ev) => ev.gestations.some((w) => w >= cond.gestationFrom);
  if ("glucoseBelow" in cond) return (ev) => ev.glucose.some((g) => g < cond.glucoseBelow);
  if ("glucoseAbove" in cond) return (ev) => ev.glucose.some((g) => g > cond.glucoseAbove);
  if ("lastingDays" in cond) return (ev) => ev.durations.some((d) => d >= cond.lastingDays);
  if ("minutesAtLeast" in cond) return (ev) => ev.minutes.some((m) => m >= cond.minutesAtLeast);
  const { concept, min = Number.NEGATIVE_INFINITY, max = Number.POSITIVE_INFINITY } = cond.numberIn;
  return (ev) => (ev.numbers.get(concept) ?? []).some((n) => n >= min && n <= max);
}

// Rules are static data: each condition object is compiled to a closure once, on first use.
const compiled = new WeakMap<object, Test>();

export function holds(cond: Condition, ev: Evidence): boolean {
  if (typeof cond === "string") return ev.concepts.has(cond);
  let test = compiled.get(cond);
  if (!test) {
    test = compile(cond);
    compiled.set(cond, test);
  }
  return test(ev);
}

/** Concept names a condition relies on positively: where the quote for the nurse comes from. */
export function conceptsOf(cond: Condition, out: string[] = []): string[] {
  if (typeof cond === "string") out.push(cond);
  else if ("all" in cond) for (const c of cond.all) conceptsOf(c, out);
  else if ("any" in cond) for (const c of cond.any) conceptsOf(c, out);
  return out;
}
