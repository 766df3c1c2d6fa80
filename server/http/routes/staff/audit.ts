import { Hono } from "hono";
import { z } from "zod";
import { listAudit } from "../../../services/audit/list-audit.ts";
import { requireStaff, staffContext } from "../../staff/guard.ts";
import type { StaffEnv, StaffHttpDeps } from "../../staff/types.ts";
import { parseWith } from "../../validation.ts";

const AuditQuery = z.strictObject({
  actor: z.uuid({ message: "must be a staff id" }).optional(),
  action: z
    .string()
    .regex(/^[a-z_]+\.[a-z_]+$/, "must be a dotted action such as escalation.claim")
    .optional(),
  conversationId: z.uuid({ message: "must be a conversation id" }).optional(),
  from: z.iso.datetime({ offset: true, message: "must be an ISO 8601 time" }).optional(),
  to: z.iso.datetime({ offset: true, message: "must be an ISO 8601 time" }).optional(),
  before: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export function staffAuditRoutes(deps: StaffHttpDeps) {
  const app = new Hono<StaffEnv>();
  app.get("/", requireStaff(deps, "supervisor"), async (c) => {
    const query = parseWith(AuditQuery, c.req.query());
    const events = await listAudit(staffContext(c, deps), {
      ...query,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
    });
    return c.json({ events });
  });
  return app;
}
