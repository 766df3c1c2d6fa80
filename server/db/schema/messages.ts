import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  check,
  index,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns.ts";
import { conversations } from "./conversations.ts";

export type MessageRole = "patient" | "assistant" | "staff";

export interface StoredReason {
  ruleId: string;
  text: string;
}

export interface StoredCitation {
  documentId: string;
  version: number;
  title: string;
  section: string;
  url: string;
}

export const messages = pgTable(
  "messages",
  {
    id: id(),
    // Insertion order inside a conversation; timestamps can tie.
    seq: bigint({ mode: "number" }).generatedAlwaysAsIdentity().notNull(),
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    role: text().$type<MessageRole>().notNull(),
    text: text().notNull(),
    clientMessageId: text(),
    // For assistant replies: the patient message this answers.
    replyToId: uuid().references((): AnyPgColumn => messages.id),
    triageLevel: text(),
    triageReasons: jsonb().$type<StoredReason[]>().notNull().default([]),
    safetyFlags: text().array().notNull().default(sql`'{}'::text[]`),
    citations: jsonb().$type<StoredCitation[]>().notNull().default([]),
    // Provenance of an assistant reply: responder, prompt id@version, model, passages, usage, latency.
    meta: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    check("messages_role_check", sql`${t.role} in ('patient', 'assistant', 'staff')`),
    // Transcript reads: all messages of one conversation in order.
    index("messages_conversation_seq_idx").on(t.conversationId, t.seq),
    // Retries with the same clientMessageId find the stored message instead of duplicating it.
    uniqueIndex("messages_client_message_id_idx")
      .on(t.conversationId, t.clientMessageId)
      .where(sql`${t.role} = 'patient' and ${t.clientMessageId} is not null`),
    // At most one reply per patient message, even if two instances race.
    uniqueIndex("messages_reply_to_idx").on(t.replyToId).where(sql`${t.replyToId} is not null`),
  ],
);

export type MessageRow = typeof messages.$inferSelect;
