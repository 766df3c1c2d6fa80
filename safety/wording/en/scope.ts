// Patient-facing wording for scope declines (English). Each decline says why in one sentence, gives
// a concrete next step, then offers general information. Wording needs clinical sign-off before use.

import type { EmergencyContacts, ScopeCategory } from "../../types.ts";

function careTeam(contacts: EmergencyContacts): string {
  return contacts.urgentAdviceLine
    ? `your care team or ${contacts.urgentAdviceLine}`
    : "your care team";
}

function tooMuchTaken(contacts: EmergencyContacts): string {
  const poison = contacts.poisonLine
    ? `the poison help line on ${contacts.poisonLine}`
    : careTeam(contacts);
  return `If you have already taken more than you should, call ${poison} now, or ${contacts.emergencyNumber} if you feel unwell.`;
}

const COMPOSERS: Record<ScopeCategory, (contacts: EmergencyContacts) => string> = {
  diagnosis: (contacts) =>
    [
      "Thank you for telling me about this.",
      "I can share general health information, but I can't diagnose what is going on, because that needs someone who can properly assess you.",
      `Please contact ${careTeam(contacts)} to get it checked, and call ${contacts.emergencyNumber} if it gets worse quickly or you feel very unwell.`,
      "If it would help, I can explain what commonly causes symptoms like these and what to mention when you speak to them.",
    ].join(" "),
  dosing: (contacts) =>
    [
      "It makes sense to want to get your medicine right.",
      "I can share general information about medicines, but I can't advise you on starting, stopping or changing a dose, because that depends on your own health and other medicines.",
      "Please ask your pharmacist or care team, and don't stop or change a medicine without talking to them first.",
      tooMuchTaken(contacts),
      "I'm happy to share general information about this medicine in the meantime.",
    ].join(" "),
  prescription: (contacts) =>
    [
      "I'm sorry I can't do this one for you.",
      "I can share general health information, but I can't prescribe medicines or arrange prescriptions or refills, because only a prescriber can.",
      `Please contact ${careTeam(contacts)} or your pharmacy about a prescription or refill, and don't stop or change a medicine without talking to them.`,
      "I'm happy to share general information about the medicine in the meantime.",
    ].join(" "),
  non_health: () =>
    [
      "I can only help with health questions, so I can't help with that one.",
      "If there is anything about your health or your care you would like to know, just ask.",
    ].join(" "),
};

/** The kind decline for an out-of-scope message: why, what to do next, and what careline can offer. */
export function composeScopeDecline(input: {
  category: ScopeCategory;
  contacts: EmergencyContacts;
}): string {
  return COMPOSERS[input.category](input.contacts);
}
