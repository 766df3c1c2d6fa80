import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { type StaffRow, staff } from "../../db/schema/index.ts";
import { isUuid } from "../../lib/tokens.ts";
import { notFound } from "../errors.ts";
import { normalizeEmail } from "./principal.ts";

export async function findStaff(
  db: Executor,
  by: { id: string } | { email: string },
  lock = false,
): Promise<StaffRow> {
  if ("id" in by && !isUuid(by.id)) throw notFound("Staff member not found");
  const where = "id" in by ? eq(staff.id, by.id) : eq(staff.email, normalizeEmail(by.email));
  const query = db.select().from(staff).where(where);
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw notFound("Staff member not found");
  return row;
}
