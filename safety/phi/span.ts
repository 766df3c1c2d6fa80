// Candidate spans found by the detectors, before overlaps are resolved. Detectors match loose,
// single-class runs and validate in code, so no pattern backtracks on user text.

import type { PhiType } from "../types.ts";

export interface Candidate {
  type: PhiType;
  start: number;
  end: number;
}

/** Every match of `pattern` (global) accepted by `accept`, typed `type`; `group` picks a capture. */
export function collect(
  text: string,
  pattern: RegExp,
  type: PhiType,
  accept: (value: string, match: RegExpExecArray) => boolean = () => true,
  group = 0,
): Candidate[] {
  const out: Candidate[] = [];
  for (const match of text.matchAll(pattern)) {
    const value = match[group];
    if (value === undefined || !accept(value, match)) continue;
    const start = group === 0 ? match.index : (match.indices?.[group]?.[0] ?? match.index);
    out.push({ type, start, end: start + value.length });
  }
  return out;
}

export function digitCount(value: string): number {
  let count = 0;
  for (const ch of value) if (ch >= "0" && ch <= "9") count += 1;
  return count;
}

/** The few characters before `start`, lower-cased: where cue words such as "call" or "fax" sit. */
export function before(text: string, start: number, width: number): string {
  return text.slice(Math.max(0, start - width), start).toLowerCase();
}
