import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

// The tamper-evident audit log: append-only (a trigger rejects UPDATE, DELETE and TRUNCATE) and
// hash-chained (each row's hash covers its content and the previous row's hash). No foreign keys:
// an entry outlives the conversation or person it names.
export const auditEvents = pgTable(
  "audit_events",
  {
    // Gapless: assigned under the chain's lock, so a missing number is a deleted row.
    seq: bigint({ mode: "number" }).primaryKey(),
    at: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    actorStaffId: uuid(),
    actorEmail: text(),
    action: text().notNull(),
    targetType: text(),
    targetId: text(),
    conversationId: uuid(),
    requestId: text(),
    // Ids, counts and reasons only: never message text, note text or passwords.
    detail: jsonb().$type<Record<string, unknown>>().notNull(),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [
    // GET /api/staff/audit filters, newest first.
    index("audit_events_actor_idx").on(t.actorStaffId, t.seq),
    index("audit_events_action_idx").on(t.action, t.seq),
    index("audit_events_conversation_idx").on(t.conversationId, t.seq),
    index("audit_events_at_idx").on(t.at),
  ],
);

export type AuditEventRow = typeof auditEvents.$inferSelect;
