import { sql } from "drizzle-orm";
import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns.ts";
import { conversations } from "./conversations.ts";
import { messages } from "./messages.ts";

export type EscalationStatus = "open" | "claimed" | "resolved";

export const escalations = pgTable(
  "escalations",
  {
    id: id(),
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    priority: text().notNull(),
    queue: text().notNull(),
    status: text().$type<EscalationStatus>().notNull().default("open"),
    triageLevel: text().notNull(),
    crisisTier: text(),
    // Triage and escalation rule ids that opened (or later raised) it.
    ruleIds: text().array().notNull(),
    reason: text().notNull(),
    rulesVersion: text().notNull(),
    triggerMessageId: uuid()
      .notNull()
      .references(() => messages.id),
    slaDueAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    claimedBy: uuid(),
    claimedAt: timestamp({ withTimezone: true, mode: "date" }),
    resolvedAt: timestamp({ withTimezone: true, mode: "date" }),
    outcome: text(),
    // Optimistic concurrency: every transition bumps it, so two clinicians can't both win.
    revision: integer().notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // The queue: by status, then priority and SLA due time.
    index("escalations_queue_idx").on(t.status, t.slaDueAt),
    // At most one unresolved escalation per conversation; later turns raise or re-trigger it.
    uniqueIndex("escalations_one_active_per_conversation_idx")
      .on(t.conversationId)
      .where(sql`${t.status} <> 'resolved'`),
  ],
);

export const escalationEvents = pgTable(
  "escalation_events",
  {
    id: id(),
    // Insertion order: events of one transaction share their timestamp.
    seq: bigint({ mode: "number" }).generatedAlwaysAsIdentity().notNull(),
    escalationId: uuid()
      .notNull()
      .references(() => escalations.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    actorStaffId: uuid(),
    messageId: uuid().references(() => messages.id),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  // An escalation's timeline, oldest first.
  (t) => [
    index("escalation_events_escalation_idx").on(t.escalationId, t.createdAt),
    index("escalation_events_escalation_seq_idx").on(t.escalationId, t.seq),
  ],
);

export type EscalationRow = typeof escalations.$inferSelect;
export type EscalationEventRow = typeof escalationEvents.$inferSelect;
