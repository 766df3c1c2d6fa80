// Plain-language labels for the codes the staff API returns. Unknown codes fall back to a
// readable form of the code itself, so a new rule or event never shows up blank.
import type { Outcome } from "./types.ts";

function humanise(code: string): string {
  const words = code.replace(/[._]+/g, " ").trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : "Unknown";
}

function lookup(table: Record<string, string>, code: string | null | undefined): string {
  if (!code) return "None";
  return table[code] ?? humanise(code);
}

const PRIORITIES: Record<string, string> = {
  immediate: "Immediate",
  same_day: "Same day",
  routine: "Routine",
};

const LEVELS: Record<string, string> = {
  emergency: "Emergency",
  urgent: "Urgent",
  routine: "Routine",
  self_care: "Self-care",
  info: "Information",
};

const CRISIS_TIERS: Record<string, string> = {
  distress: "Distress, no suicidal content (MH-0)",
  ideation: "Suicidal thoughts (MH-1)",
  method: "Thinking about a method (MH-2)",
  intent: "Intent, plan or recent attempt (MH-3)",
  imminent: "Imminent risk (MH-4)",
};

const QUEUES: Record<string, string> = {
  clinical: "Clinical",
  behavioural_health: "Behavioural health",
};

const STATUSES: Record<string, string> = {
  open: "Open",
  claimed: "Claimed",
  resolved: "Resolved",
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  advised_emergency_services: "Advised to call emergency services",
  called_patient: "Called the patient",
  messaged_patient: "Messaged the patient",
  booked_appointment: "Booked an appointment",
  referred: "Referred on",
  no_action_needed: "No action needed",
  duplicate: "Duplicate of another escalation",
  unable_to_contact: "Unable to contact the patient",
};

const EVENTS: Record<string, string> = {
  opened: "Escalation opened",
  raised: "Priority raised by a later message",
  retriggered: "Triggered again by a later message",
  claimed: "Claimed",
  claim: "Claimed",
  released: "Released back to the queue",
  release: "Released back to the queue",
  reassigned: "Reassigned",
  reassign: "Reassigned",
  note: "Internal note added",
  note_added: "Internal note added",
  resolved: "Resolved",
  resolve: "Resolved",
  reopened: "Reopened",
  reopen: "Reopened",
  message: "Care team messaged the patient",
  message_sent: "Care team messaged the patient",
  staff_message: "Care team messaged the patient",
};

const RULES: Record<string, string> = {
  "escalation.crisis_imminent": "Suicidal intent, plan, recent attempt or means at hand",
  "escalation.emergency": "Possible emergency: patient told to get emergency care now",
  "escalation.check_failed": "A safety check failed, so a person must read the message",
  "escalation.crisis": "Suicidal thoughts or a request for self-harm information",
  "escalation.urgent": "Needs a clinician today",
  "escalation.crisis_distress": "Distress or low mood without suicidal content",
};

export const AUDIT_ACTIONS = [
  "staff.login",
  "staff.login_failed",
  "staff.logout",
  "conversation.read",
  "escalation.read",
  "escalation.claim",
  "escalation.release",
  "escalation.reassign",
  "escalation.note",
  "escalation.resolve",
  "escalation.reopen",
  "conversation.message",
  "staff.create",
  "staff.disable",
  "staff.role_change",
  "settings.update",
  "audit.read",
] as const;

export const priorityLabel = (code: string) => lookup(PRIORITIES, code);
export const levelLabel = (code: string | null | undefined) => lookup(LEVELS, code);
export const crisisLabel = (code: string | null | undefined) => lookup(CRISIS_TIERS, code);
export const queueLabel = (code: string) => lookup(QUEUES, code);
export const statusLabel = (code: string) => lookup(STATUSES, code);
export const eventLabel = (code: string) => lookup(EVENTS, code);
export const ruleLabel = (code: string) => lookup(RULES, code);
export const outcomeLabel = (code: string) =>
  (OUTCOME_LABELS as Record<string, string>)[code] ?? humanise(code);
export const roleLabel = (code: string) => humanise(code);
