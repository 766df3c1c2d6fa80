// How a resolved escalation ended: a fixed list, so outcomes can be counted and reviewed.
export const RESOLUTION_OUTCOMES = [
  "advised_emergency_services",
  "called_patient",
  "messaged_patient",
  "booked_appointment",
  "referred",
  "no_action_needed",
  "duplicate",
  "unable_to_contact",
] as const;
export type ResolutionOutcome = (typeof RESOLUTION_OUTCOMES)[number];
