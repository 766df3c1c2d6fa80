import type { EmergencyContacts, TriageLevel } from "../../types.ts";

// Wording for turns the model's triage second opinion made more urgent than the rules did. The
// model's own words never reach the patient: only these vetted sentences and the level name.

const LEVEL_NAME: Record<TriageLevel, string> = {
  emergency: "a possible emergency",
  urgent: "urgent (needs a clinician today)",
  routine: "routine (needs an appointment)",
  self_care: "self-care",
  info: "general information",
};

export function secondOpinionReasonText(level: TriageLevel): string {
  return `A second check by the AI model rated this as ${LEVEL_NAME[level]}, so careline treats it that way.`;
}

/** The reply when only the model's second opinion says emergency: the instruction comes first. */
export function composeRaisedEmergency(contacts: EmergencyContacts): string {
  return [
    `What you describe could be serious. If you think this may be an emergency, call ${contacts.emergencyNumber} now.`,
    "If you are not sure, it is safer to call. I've alerted your care team to look at this conversation.",
  ].join(" ");
}

/** The reply when only the model's second opinion suggests suicidal intent or immediate danger. */
export function composeRaisedCrisis(contacts: EmergencyContacts): string {
  const lines = contacts.crisisLines.map((line) => `${line.label}: ${line.contact}`).join("; ");
  return [
    "I'm really sorry you're going through this, and I'm glad you told me.",
    `If you might act on thoughts of harming yourself, or you are in danger now, call ${contacts.emergencyNumber}.`,
    lines ? `You can talk to someone any time: ${lines}.` : "",
    "I've alerted your care team to look at this conversation.",
  ]
    .filter(Boolean)
    .join(" ");
}
