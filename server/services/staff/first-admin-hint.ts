import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { staff } from "../../db/schema/index.ts";

/** How to create the first admin, or undefined when an active admin exists. No default accounts. */
export async function firstAdminHint(db: Database, embedded: boolean): Promise<string | undefined> {
  const [admin] = await db
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.role, "admin"), isNull(staff.disabledAt)))
    .limit(1);
  if (admin) return undefined;
  const stop = embedded ? "stop careline (the embedded database allows one process), then " : "";
  return (
    "No care-team admin exists yet. To create the first one, " +
    `${stop}run: npm run staff -- add --email you@example.org --role admin --name "Your Name" ` +
    "(it reads the password from standard input)."
  );
}
