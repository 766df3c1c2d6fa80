import type { EscalationPriority } from "../../escalation/rules.ts";
import type { EmergencyContacts, TriageLevel } from "../../types.ts";

// Wording careline adds around answers: the safe fallback when a check fails, what the patient is
// told when the care team has been asked to look, and level-specific next steps.

export function composeSafeFallback(input: { contacts: EmergencyContacts }): string {
  return [
    "I'm sorry, I can't answer that safely right now.",
    `If this is an emergency, call ${input.contacts.emergencyNumber} now.`,
    `Otherwise, please contact your care team today. I've asked a member of the care team to look at this conversation.`,
  ].join(" ");
}

export function composeEscalationNotice(priority: EscalationPriority): string {
  switch (priority) {
    case "immediate":
      return "I've alerted your care team, and someone will look at this conversation as soon as possible.";
    case "same_day":
      return "I've asked your care team to review this conversation today.";
    case "routine":
      return "I've let your care team know, so someone can follow up with you.";
  }
}

/** The next step every non-emergency answer ends with, so an answer never undercuts its level. */
export function composeLevelAdvice(input: {
  level: TriageLevel;
  contacts: EmergencyContacts;
}): string | undefined {
  const careTeam = "your care team";
  const urgent = input.contacts.urgentAdviceLine
    ? `${careTeam} or ${input.contacts.urgentAdviceLine}`
    : careTeam;
  switch (input.level) {
    case "urgent":
      return `From what you've told me, please speak to a clinician today: contact ${urgent}. If things get worse, call ${input.contacts.emergencyNumber}.`;
    case "routine":
      return `From what you've told me, it would be a good idea to book an appointment with ${careTeam} in the next few days. If things get worse or you're worried, contact them sooner.`;
    case "self_care":
      return `If this gets worse, lasts longer than expected, or you're worried, contact ${careTeam}. In an emergency, call ${input.contacts.emergencyNumber}.`;
    default:
      return undefined;
  }
}

export function composeCrisisFooter(contacts: EmergencyContacts): string {
  const lines = contacts.crisisLines.map((line) => `${line.label}: ${line.contact}`).join("; ");
  return `If you ever feel you can't keep yourself safe, you can talk to someone any time: ${lines}.`;
}
