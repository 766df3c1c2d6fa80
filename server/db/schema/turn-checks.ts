import { index, pgTable, real, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns.ts";
import { conversations } from "./conversations.ts";
import { messages } from "./messages.ts";

// The per-turn safety ledger: every check's verdict for every turn, input and output stages.
export const turnChecks = pgTable(
  "turn_checks",
  {
    id: id(),
    conversationId: uuid()
      .notNull()
      .references(() => conversations.id, { onDelete: "cascade" }),
    // The patient message the turn answers.
    messageId: uuid()
      .notNull()
      .references(() => messages.id, { onDelete: "cascade" }),
    replyId: uuid().references(() => messages.id, { onDelete: "cascade" }),
    stage: text().notNull(),
    checkId: text().notNull(),
    checkVersion: text().notNull(),
    policyVersion: text().notNull(),
    verdict: text().notNull(),
    ruleIds: text().array().notNull(),
    durationMs: real().notNull(),
    failure: text(),
    createdAt: createdAt(),
  },
  // The ledger of one turn, for the care team's packet and the transcript.
  (t) => [index("turn_checks_message_idx").on(t.messageId)],
);

export type TurnCheckRow = typeof turnChecks.$inferSelect;
