import { Hono } from "hono";
import { z } from "zod";
import { getStaffConversation } from "../../../services/staff-conversations/get-staff-conversation.ts";
import { sendStaffMessage } from "../../../services/staff-conversations/send-staff-message.ts";
import { requireStaff, staffContext } from "../../staff/guard.ts";
import type { StaffEnv, StaffHttpDeps } from "../../staff/types.ts";
import { MessageText, readJson } from "../../validation.ts";

const StaffMessageBody = z.strictObject({ text: MessageText });

export function staffConversationRoutes(deps: StaffHttpDeps) {
  const app = new Hono<StaffEnv>();
  const clinician = requireStaff(deps, "clinician");

  app.get("/:id", clinician, async (c) =>
    c.json(await getStaffConversation(staffContext(c, deps), c.req.param("id"))),
  );

  app.post("/:id/messages", clinician, async (c) => {
    const { text } = await readJson(c, StaffMessageBody);
    const message = await sendStaffMessage(staffContext(c, deps), c.req.param("id"), text);
    return c.json({ message }, 201);
  });

  return app;
}
