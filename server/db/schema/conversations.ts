import { pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns.ts";

export const conversations = pgTable("conversations", {
  id: id(),
  // sha256 of the bearer token; the token itself is never stored.
  tokenHash: text().notNull(),
  locale: text().notNull(),
  // Which AI-disclosure text the patient was shown (EU AI Act Art. 50, Art. 12 record-keeping).
  disclosureVersion: text(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export type ConversationRow = typeof conversations.$inferSelect;
