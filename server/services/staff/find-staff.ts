import { eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { type StaffRow, staff } from "../../db/schema/index.ts";
import { isUuid } from "../../lib/tokens.ts";
import { notFound } from "../errors.ts";
import { normalizeEmail } from "./principal.ts";

export async function findStaff(
  db: Executor,
  by: { id: string } | { email: string },
): Promise<StaffRow> {
  if ("id" in by && !isUuid(by.id)) throw notFound("Staff member not found");
  const where = "id" in by ? eq(staff.id, by.id) : eq(staff.email, normalizeEmail(by.email));
  const [row] = await db.select().from(staff).where(where);
  if (!row) throw notFound("Staff member not found");
  return row;
}
