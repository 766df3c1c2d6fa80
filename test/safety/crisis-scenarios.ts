// Shared helpers for the crisis scenario tables: run the crisis and triage checks on a conversation
// (earlier patient turns, then the new message) and compare tiers and levels.
import { crisisCheck } from "../../safety/crisis/index.ts";
import { triageCheck } from "../../safety/triage/index.ts";
import type { CheckContext, CrisisResult, CrisisTier, TriageLevel } from "../../safety/types.ts";
import { crisisRank, severityOf } from "../../safety/types.ts";

const CONTACTS = {
  region: "GB",
  emergencyNumber: "999",
  crisisLines: [{ label: "Samaritans", contact: "call 116 123" }],
};

export function context(turns: readonly string[]): CheckContext {
  return {
    text: turns[turns.length - 1] ?? "",
    history: turns.slice(0, -1).map((text) => ({ role: "patient" as const, text, at: new Date() })),
    locale: "en-GB",
    contacts: CONTACTS,
    now: new Date(),
  };
}

export function crisis(...turns: string[]): CrisisResult {
  const report = crisisCheck.run(context(turns));
  if (report instanceof Promise) throw new Error("crisis must be synchronous");
  return report.result;
}

export function triage(...turns: string[]): TriageLevel {
  const report = triageCheck.run(context(turns));
  if (report instanceof Promise) throw new Error("triage must be synchronous");
  return report.result.level;
}

/** The triage level a crisis tier raises a turn to (safety/README.md invariant 3). */
export const LEVEL_FOR: Record<CrisisTier, TriageLevel> = {
  distress: "routine",
  ideation: "urgent",
  method: "urgent",
  intent: "emergency",
  imminent: "emergency",
};

export const rank = crisisRank;
export const severity = severityOf;

/** A message, or a conversation when written as "earlier || later". */
export function turnsOf(text: string): string[] {
  return text.split(" || ");
}
