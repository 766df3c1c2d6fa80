// The staff API's shapes (docs/staff-api.md). The console codes against these, nothing more.
import type { Citation, TranscriptMessage } from "../shared/api.ts";

export type Role = "clinician" | "supervisor" | "admin";
export type EscalationStatus = "open" | "claimed" | "resolved";

export interface StaffMember {
  id: string;
  email: string;
  displayName: string;
  role: Role;
}

export interface SessionInfo {
  csrfToken: string;
  staff: StaffMember;
}

export interface StaffRef {
  id: string;
  displayName: string;
}

export interface QueueItem {
  id: string;
  conversationId: string;
  priority: string;
  queue: string;
  status: EscalationStatus;
  createdAt: string;
  slaDueAt: string;
  overdue: boolean;
  claimedBy: StaffRef | null;
  triage: { level: string };
  crisisTier: string | null;
  reason: string;
}

export interface RuleReason {
  ruleId: string;
  text: string;
}

export interface EscalationEvent {
  kind: string;
  at: string;
  actor: (Partial<StaffRef> & { email?: string }) | null;
  data: Record<string, unknown> | null;
}

export interface LedgerRow {
  stage: string;
  checkId: string;
  checkVersion: string;
  verdict: string;
  ruleIds: string[];
  durationMs: number;
  failure: string | null;
}

export interface Note {
  id: string;
  text: string;
  at: string;
  author: StaffRef | null;
}

export type MessageView = TranscriptMessage;

export interface Packet {
  escalation: QueueItem & { ruleIds: string[]; reasons: RuleReason[]; events: EscalationEvent[] };
  trigger: { messageId: string; text: string; at: string } | null;
  ledger: LedgerRow[];
  reply: {
    text: string;
    citations: Citation[];
    triage: { level: string; reasons?: RuleReason[] };
    safety: { flags: string[] };
  } | null;
  conversation: { id: string; locale: string; messages: MessageView[] };
  notes: Note[];
  sla: { dueAt: string; overdue: boolean; msRemaining: number };
  ageMs: number;
}

export interface AuditEvent {
  seq: number;
  at: string;
  actor: { id: string; email: string } | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  conversationId: string | null;
  requestId: string | null;
  detail: unknown;
  hash: string;
  prevHash: string | null;
}

export interface AuditFilters {
  actor?: string;
  action?: string;
  conversationId?: string;
  from?: string;
  to?: string;
  limit?: string;
  /** Sequence number cursor: only events older than this one. */
  before?: string;
}

export interface StaffUser extends StaffMember {
  disabled?: boolean;
  disabledAt?: string | null;
  createdAt?: string;
  lastLoginAt?: string | null;
}

export const OUTCOMES = [
  "advised_emergency_services",
  "called_patient",
  "messaged_patient",
  "booked_appointment",
  "referred",
  "no_action_needed",
  "duplicate",
  "unable_to_contact",
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface TeamMember {
  id: string;
  displayName: string;
  role: Role;
}

export type StaffFrame =
  | { type: "ready"; staff: { id: string; displayName: string; role: string } }
  | { type: "escalation.created" | "escalation.updated"; escalation: QueueItem }
  | { type: "message.created"; conversationId: string; message: MessageView }
  | { type: "watching"; conversationId: string }
  | { type: "error"; error: { code: string; message: string; requestId: string } };
