import { z } from "zod";
import { STAFF_ROLES, type StaffRole, staff } from "../../db/schema/index.ts";
import { hashPassword } from "../../lib/passwords.ts";
import { appendAudit } from "../audit/append-audit.ts";
import { ServiceError } from "../errors.ts";
import type { AdminContext } from "./admin-context.ts";
import { passwordProblem } from "./password-policy.ts";
import { auditActor, normalizeEmail, type StaffAdminView, toStaffAdminView } from "./principal.ts";

export interface CreateStaffInput {
  email: string;
  displayName: string;
  role: StaffRole;
  password: string;
}

const Email = z.email({ message: "must be an email address" }).max(254);
const DisplayName = z.string().trim().min(1, "must not be empty").max(100);

function invalid(message: string): ServiceError {
  return new ServiceError("invalid", message);
}

/** A new care-team account; the password must pass the policy and is stored only as a scrypt hash. */
export async function createStaff(
  ctx: AdminContext,
  input: CreateStaffInput,
): Promise<StaffAdminView> {
  const email = normalizeEmail(input.email);
  if (!Email.safeParse(email).success) throw invalid("email: must be an email address");
  const name = DisplayName.safeParse(input.displayName);
  if (!name.success) throw invalid("displayName: must be 1 to 100 characters");
  if (!STAFF_ROLES.includes(input.role)) throw invalid(`role: one of ${STAFF_ROLES.join(", ")}`);
  const problem = passwordProblem(input.password, { email, displayName: name.data });
  if (problem) throw invalid(`password: ${problem}`);
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(staff)
      .values({ email, displayName: name.data, role: input.role, passwordHash })
      .onConflictDoNothing({ target: staff.email })
      .returning();
    if (!row) throw new ServiceError("conflict", "A staff account with this email already exists");
    await appendAudit(tx, {
      actor: ctx.actor ? auditActor(ctx.actor) : null,
      action: "staff.create",
      target: { type: "staff", id: row.id },
      ...(ctx.requestId ? { requestId: ctx.requestId } : {}),
      detail: { role: row.role, via: ctx.via },
      at: ctx.now,
    });
    return toStaffAdminView(row);
  });
}
