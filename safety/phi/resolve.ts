// Turns overlapping candidates into the final, non-overlapping entities and the redacted text.
// Specific detectors beat generic ones ("DOB 03/14/1985" is a date, not a phone number); among
// equals the longer span wins.

import type { PhiEntity, PhiType } from "../types.ts";
import type { Candidate } from "./span.ts";

const PRIORITY: Record<PhiType, number> = {
  email: 10,
  url: 9,
  ip: 9,
  ssn: 8,
  mrn: 7,
  account: 7,
  licence: 7,
  device: 7,
  vehicle: 7,
  date: 6,
  age: 6,
  fax: 6,
  phone: 5,
  zip: 5,
  address: 4,
  name: 3,
  other_id: 2,
};

export function resolve(candidates: readonly Candidate[]): PhiEntity[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      PRIORITY[b.type] - PRIORITY[a.type] ||
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start,
  );
  const kept: PhiEntity[] = [];
  for (const span of ranked) {
    if (kept.every((other) => span.end <= other.start || span.start >= other.end)) {
      kept.push({ type: span.type, start: span.start, end: span.end });
    }
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function placeholder(type: PhiType): string {
  // Safe Harbor allows ages over 89 as one category, which keeps what matters clinically.
  if (type === "age") return "[AGE 90+]";
  return `[${type.toUpperCase()}]`;
}

export function redact(text: string, entities: readonly PhiEntity[]): string {
  let out = "";
  let at = 0;
  for (const entity of entities) {
    out += text.slice(at, entity.start) + placeholder(entity.type);
    at = entity.end;
  }
  return out + text.slice(at);
}
