import { Hono } from "hono";
import { z } from "zod";
import { STAFF_ROLES } from "../../../db/schema/index.ts";
import type { AdminContext } from "../../../services/staff/admin-context.ts";
import { changeStaffRole } from "../../../services/staff/change-staff-role.ts";
import { createStaff } from "../../../services/staff/create-staff.ts";
import { disableStaff } from "../../../services/staff/disable-staff.ts";
import { listStaff } from "../../../services/staff/list-staff.ts";
import { MAX_PASSWORD_CHARS } from "../../../services/staff/password-policy.ts";
import { requireStaff, staffContext } from "../../staff/guard.ts";
import type { StaffEnv, StaffHttpDeps } from "../../staff/types.ts";
import { readJson } from "../../validation.ts";

const Role = z.enum(STAFF_ROLES, { message: `one of ${STAFF_ROLES.join(", ")}` });
const CreateBody = z.strictObject({
  email: z.string().max(254),
  displayName: z.string().max(100),
  role: Role,
  password: z.string().max(MAX_PASSWORD_CHARS * 4),
});
const RoleBody = z.strictObject({ role: Role });
const NoBody = z.strictObject({});

export function staffUserRoutes(deps: StaffHttpDeps) {
  const app = new Hono<StaffEnv>();
  const admin = requireStaff(deps, "admin");
  const adminContext = (c: Parameters<typeof staffContext>[0]): AdminContext => ({
    ...staffContext(c, deps),
    via: "api",
  });

  app.get("/", admin, async (c) => c.json({ users: await listStaff(deps.db) }));

  app.post("/", admin, async (c) => {
    const body = await readJson(c, CreateBody);
    return c.json({ user: await createStaff(adminContext(c), body) }, 201);
  });

  app.post("/:id/disable", admin, async (c) => {
    await readJson(c, NoBody, { optional: true });
    return c.json({ user: await disableStaff(adminContext(c), { id: c.req.param("id") }) });
  });

  app.post("/:id/role", admin, async (c) => {
    const { role } = await readJson(c, RoleBody);
    return c.json({
      user: await changeStaffRole(adminContext(c), { id: c.req.param("id") }, role),
    });
  });

  return app;
}
