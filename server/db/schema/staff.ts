import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns.ts";

export const STAFF_ROLES = ["clinician", "supervisor", "admin"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

// Care-team accounts. Never deleted (the audit log names them); disabling ends every session.
export const staff = pgTable(
  "staff",
  {
    id: id(),
    // Lower-cased by the service before it is stored or looked up.
    email: text().notNull(),
    displayName: text().notNull(),
    role: text().$type<StaffRole>().notNull(),
    // scrypt$N$r$p$salt$key: the parameters travel with the hash so they can be raised later.
    passwordHash: text().notNull(),
    disabledAt: timestamp({ withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("staff_email_idx").on(t.email),
    check("staff_role_check", sql`${t.role} in ('clinician', 'supervisor', 'admin')`),
  ],
);

export const staffSessions = pgTable(
  "staff_sessions",
  {
    id: id(),
    // sha256 of the cookie's secret; the secret itself is never stored.
    tokenHash: text().notNull(),
    staffId: uuid()
      .notNull()
      .references(() => staff.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    // Absolute lifetime; the idle timeout is measured from lastSeenAt.
    expiresAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
    revokedAt: timestamp({ withTimezone: true, mode: "date" }),
  },
  (t) => [
    // Every authenticated request: cookie → session.
    uniqueIndex("staff_sessions_token_idx").on(t.tokenHash),
    // Disabling a person ends all of their sessions.
    index("staff_sessions_staff_idx").on(t.staffId),
  ],
);

// Failed sign-ins per email (hashed, known or not, so a lockout never reveals which emails exist).
export const staffLoginThrottles = pgTable("staff_login_throttles", {
  key: text().primaryKey(),
  failures: integer().notNull(),
  lastFailureAt: timestamp({ withTimezone: true, mode: "date" }).notNull(),
  lockedUntil: timestamp({ withTimezone: true, mode: "date" }),
});

export type StaffRow = typeof staff.$inferSelect;
export type StaffSessionRow = typeof staffSessions.$inferSelect;
