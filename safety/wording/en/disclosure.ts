import type { EmergencyContacts } from "../../types.ts";

// The AI disclosure shown before the first message (EU AI Act Art. 50, CA AB 3030, Utah 13-77-103).
// Bump the version whenever the wording changes: each conversation records the version shown.
export const DISCLOSURE_VERSION = "en-2026-11-25";

export interface Disclosure {
  version: string;
  paragraphs: string[];
  banner: string;
}

export function composeDisclosure(input: {
  contacts: EmergencyContacts;
  careTeamContact: string;
}): Disclosure {
  const { contacts, careTeamContact } = input;
  const crisis = contacts.crisisLines[0];
  return {
    version: DISCLOSURE_VERSION,
    banner: `AI assistant, not a person · Emergency: ${contacts.emergencyNumber}${crisis ? ` · Crisis: ${crisis.contact}` : ""}`,
    paragraphs: [
      "You are chatting with careline, an AI assistant. You are not talking to a person.",
      "careline shares general health information from guidance our clinical team has checked, and helps you find the right care. It cannot diagnose you, prescribe medicines, or change your treatment.",
      `It is not for emergencies. If you think you or someone else may be in danger, call ${contacts.emergencyNumber} now.`,
      crisis
        ? `If you are thinking about suicide or harming yourself, contact ${crisis.label}: ${crisis.contact}.`
        : "If you are thinking about suicide or harming yourself, call your local crisis line now.",
      "Members of our care team may read this conversation to keep you safe, and may contact you.",
      `To talk to a person, contact ${careTeamContact}.`,
    ],
  };
}
