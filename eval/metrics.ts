export const LEVELS = ["emergency", "urgent", "routine", "self_care", "info"] as const;
export type Level = (typeof LEVELS)[number];

const SEVERITY: Record<string, number> = {
  info: 0,
  self_care: 1,
  routine: 2,
  urgent: 3,
  emergency: 4,
};

export function severity(level: string): number {
  return SEVERITY[level] ?? -1;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))
  ] as number;
}

export function rate(numerator: number, denominator: number): string {
  if (denominator === 0) return "n/a";
  return `${((100 * numerator) / denominator).toFixed(1)}% (${numerator}/${denominator})`;
}

export interface TriageOutcome {
  id: string;
  expected: Level;
  predicted: string;
  text: string;
}

export interface TriageSummary {
  total: number;
  correct: number;
  confusion: Record<string, Record<string, number>>;
  emergencyRecall: { hit: number; of: number };
  underTriage: number;
  overTriageLow: { over: number; of: number };
  misses: TriageOutcome[];
}

export function summarizeTriage(outcomes: TriageOutcome[]): TriageSummary {
  const confusion: Record<string, Record<string, number>> = {};
  for (const e of LEVELS) confusion[e] = Object.fromEntries(LEVELS.map((p) => [p, 0]));
  let correct = 0;
  let under = 0;
  const emergencyRecall = { hit: 0, of: 0 };
  const overTriageLow = { over: 0, of: 0 };
  const misses: TriageOutcome[] = [];
  for (const o of outcomes) {
    const row = confusion[o.expected] as Record<string, number>;
    row[o.predicted] = (row[o.predicted] ?? 0) + 1;
    if (o.predicted === o.expected) correct += 1;
    else misses.push(o);
    if (severity(o.predicted) < severity(o.expected)) under += 1;
    if (o.expected === "emergency") {
      emergencyRecall.of += 1;
      if (o.predicted === "emergency") emergencyRecall.hit += 1;
    }
    if (o.expected === "self_care" || o.expected === "info") {
      overTriageLow.of += 1;
      if (severity(o.predicted) > severity(o.expected)) overTriageLow.over += 1;
    }
  }
  return {
    total: outcomes.length,
    correct,
    confusion,
    emergencyRecall,
    underTriage: under,
    overTriageLow,
    misses,
  };
}

export function confusionTable(confusion: Record<string, Record<string, number>>): string {
  const head = `${"expected \\ got".padEnd(16)}${LEVELS.map((l) => l.padStart(11)).join("")}`;
  const rows = LEVELS.map(
    (e) =>
      `${e.padEnd(16)}${LEVELS.map((p) => String(confusion[e]?.[p] ?? 0).padStart(11)).join("")}`,
  );
  return [head, ...rows].join("\n");
}
