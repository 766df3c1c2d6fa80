import type { EmergencyContacts } from "../../safety/types.ts";

// Guidance is written once in plain language; numbers differ by region, so documents say
// {{emergency_number}} and careline fills in the patient's own. Unknown placeholders are refused
// at ingestion, so a typo can never reach a patient.

export const PLACEHOLDERS = [
  "emergency_number",
  "urgent_advice",
  "care_team",
  "poison_line",
  "crisis_line",
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const PATTERN = /\{\{\s*([a-z_]+)\s*\}\}/g;

export function unknownPlaceholders(text: string): string[] {
  return [...text.matchAll(PATTERN)]
    .map((m) => m[1] as string)
    .filter((name) => !(PLACEHOLDERS as readonly string[]).includes(name));
}

export function placeholderValues(contacts: EmergencyContacts): Record<Placeholder, string> {
  const crisis = contacts.crisisLines[0];
  return {
    emergency_number: contacts.emergencyNumber,
    urgent_advice:
      contacts.urgentAdviceLine ?? "an urgent care service or your care team's advice line",
    care_team: "your care team",
    poison_line: contacts.poisonLine ?? "your local poison information service",
    crisis_line: crisis ? `${crisis.label} (${crisis.contact})` : "a local crisis line",
  };
}

export function fillPlaceholders(text: string, contacts: EmergencyContacts): string {
  const values = placeholderValues(contacts);
  return text.replace(PATTERN, (whole, name: string) => values[name as Placeholder] ?? whole);
}
