import { asc } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { staff } from "../../db/schema/index.ts";
import { type StaffAdminView, toStaffAdminView } from "./principal.ts";

export async function listStaff(db: Executor): Promise<StaffAdminView[]> {
  const rows = await db.select().from(staff).orderBy(asc(staff.email));
  return rows.map(toStaffAdminView);
}
