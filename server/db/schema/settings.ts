import { jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { updatedAt } from "./columns.ts";

// Settings an admin changes at run time (configuration that needs no restart), one row per key.
export const settings = pgTable("settings", {
  key: text().primaryKey(),
  value: jsonb().$type<Record<string, unknown>>().notNull(),
  updatedAt: updatedAt(),
  updatedBy: uuid(),
});

export type SettingRow = typeof settings.$inferSelect;
