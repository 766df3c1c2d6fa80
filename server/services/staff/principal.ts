import type { SlaPolicy } from "../../config/sla.ts";
import type { Database } from "../../db/client.ts";
import type { StaffRole, StaffRow } from "../../db/schema/index.ts";
import type { EventPublisher } from "../../events/event-bus.ts";
import type { AuditActor } from "../audit/append-audit.ts";

/** The signed-in person a request acts as. */
export interface StaffPrincipal {
  id: string;
  email: string;
  displayName: string;
  role: StaffRole;
  sessionId: string;
}

/** What a staff service needs: the database, the request's time, who acts, and where to announce. */
export interface StaffContext {
  db: Database;
  now: Date;
  actor: StaffPrincipal;
  requestId: string;
  events: EventPublisher;
  sla: SlaPolicy;
}

export interface StaffView {
  id: string;
  email: string;
  displayName: string;
  role: StaffRole;
}

export interface StaffAdminView extends StaffView {
  disabled: boolean;
  disabledAt: string | null;
  createdAt: string;
}

// clinician ⊂ supervisor ⊂ admin: a higher role can do everything a lower one can.
const RANK: Record<StaffRole, number> = { clinician: 1, supervisor: 2, admin: 3 };

export function hasRole(actor: { role: StaffRole }, minimum: StaffRole): boolean {
  return RANK[actor.role] >= RANK[minimum];
}

export function auditActor(actor: { id: string; email: string }): AuditActor {
  return { id: actor.id, email: actor.email };
}

export function toStaffView(row: StaffRow): StaffView {
  return { id: row.id, email: row.email, displayName: row.displayName, role: row.role };
}

export function toStaffAdminView(row: StaffRow): StaffAdminView {
  return {
    ...toStaffView(row),
    disabled: row.disabledAt !== null,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Emails are compared and stored lower-cased and trimmed. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
