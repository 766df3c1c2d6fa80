import { Hono } from "hono";
import { z } from "zod";
import { listLibraryStatus } from "../../../services/guidance/list-library-status.ts";
import { getRetention, MAX_RETENTION_DAYS } from "../../../services/settings/retention.ts";
import { updateRetention } from "../../../services/settings/update-retention.ts";
import { listTeam } from "../../../services/staff/list-team.ts";
import { requireStaff, staffContext } from "../../staff/guard.ts";
import type { StaffEnv, StaffHttpDeps } from "../../staff/types.ts";
import { readJson } from "../../validation.ts";

const RetentionBody = z.strictObject({
  conversationRetentionDays: z
    .number()
    .int("must be a whole number of days")
    .min(1, "must be at least 1 day")
    .max(MAX_RETENTION_DAYS)
    .nullable(),
});

export function staffAdminRoutes(deps: StaffHttpDeps) {
  const app = new Hono<StaffEnv>();
  const admin = requireStaff(deps, "admin");

  // Who a supervisor can reassign to: active people, names and roles only.
  app.get("/team", requireStaff(deps, "supervisor"), async (c) =>
    c.json({ team: await listTeam(deps.db) }),
  );

  app.get("/guidance", admin, async (c) =>
    c.json({ documents: await listLibraryStatus(deps.db, deps.now()) }),
  );

  app.get("/settings/retention", admin, async (c) => c.json(await getRetention(deps.db)));

  app.put("/settings/retention", admin, async (c) => {
    const body = await readJson(c, RetentionBody);
    return c.json(await updateRetention(staffContext(c, deps), body));
  });

  return app;
}
