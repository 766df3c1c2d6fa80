import { Hono } from "hono";
import { z } from "zod";
import { addNote } from "../../../services/escalations/add-note.ts";
import { claimEscalation } from "../../../services/escalations/claim-escalation.ts";
import { getPacket } from "../../../services/escalations/get-packet.ts";
import { listQueue } from "../../../services/escalations/list-queue.ts";
import { RESOLUTION_OUTCOMES } from "../../../services/escalations/outcomes.ts";
import { reassignEscalation } from "../../../services/escalations/reassign-escalation.ts";
import { releaseEscalation } from "../../../services/escalations/release-escalation.ts";
import { reopenEscalation } from "../../../services/escalations/reopen-escalation.ts";
import { resolveEscalation } from "../../../services/escalations/resolve-escalation.ts";
import { requireStaff, staffContext } from "../../staff/guard.ts";
import type { StaffEnv, StaffHttpDeps } from "../../staff/types.ts";
import { MessageText, parseWith, readJson } from "../../validation.ts";

const QueueQuery = z.strictObject({ status: z.enum(["open", "claimed", "resolved"]).optional() });
// Optional everywhere: the revision the client last saw; a newer one on the server is a 409.
const revision = z.number().int().min(0).optional();
const RevisionBody = z.strictObject({ revision });
const ReassignBody = z.strictObject({ staffId: z.string().max(64), revision });
const NoteBody = z.strictObject({ text: MessageText });
const ResolveBody = z.strictObject({
  outcome: z.enum(RESOLUTION_OUTCOMES, { message: `one of ${RESOLUTION_OUTCOMES.join(", ")}` }),
  note: MessageText.optional(),
  revision,
});

export function staffEscalationRoutes(deps: StaffHttpDeps) {
  const app = new Hono<StaffEnv>();
  const clinician = requireStaff(deps, "clinician");

  app.get("/", clinician, async (c) => {
    const query = parseWith(QueueQuery, c.req.query());
    return c.json({ escalations: await listQueue(staffContext(c, deps), query) });
  });

  app.get("/:id", clinician, async (c) =>
    c.json(await getPacket(staffContext(c, deps), c.req.param("id"))),
  );

  app.post("/:id/claim", clinician, async (c) => {
    const body = await readJson(c, RevisionBody, { optional: true });
    const ctx = staffContext(c, deps);
    return c.json({ escalation: await claimEscalation(ctx, c.req.param("id"), body.revision) });
  });

  app.post("/:id/release", clinician, async (c) => {
    const body = await readJson(c, RevisionBody, { optional: true });
    const ctx = staffContext(c, deps);
    return c.json({ escalation: await releaseEscalation(ctx, c.req.param("id"), body.revision) });
  });

  app.post("/:id/reassign", requireStaff(deps, "supervisor"), async (c) => {
    const body = await readJson(c, ReassignBody);
    const ctx = staffContext(c, deps);
    const id = c.req.param("id");
    return c.json({ escalation: await reassignEscalation(ctx, id, body.staffId, body.revision) });
  });

  app.post("/:id/notes", clinician, async (c) => {
    const { text } = await readJson(c, NoteBody);
    return c.json({ escalation: await addNote(staffContext(c, deps), c.req.param("id"), text) });
  });

  app.post("/:id/resolve", clinician, async (c) => {
    const body = await readJson(c, ResolveBody);
    const ctx = staffContext(c, deps);
    return c.json({ escalation: await resolveEscalation(ctx, c.req.param("id"), body) });
  });

  app.post("/:id/reopen", clinician, async (c) => {
    const body = await readJson(c, RevisionBody, { optional: true });
    const ctx = staffContext(c, deps);
    return c.json({ escalation: await reopenEscalation(ctx, c.req.param("id"), body.revision) });
  });

  return app;
}
