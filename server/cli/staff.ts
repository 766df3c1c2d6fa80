import { parseArgs } from "node:util";
import { STAFF_ROLES, type StaffRole } from "../db/schema/index.ts";
import { ServiceError } from "../services/errors.ts";
import type { AdminContext } from "../services/staff/admin-context.ts";
import { changeStaffRole } from "../services/staff/change-staff-role.ts";
import { createStaff } from "../services/staff/create-staff.ts";
import { disableStaff } from "../services/staff/disable-staff.ts";
import { listStaff } from "../services/staff/list-staff.ts";
import { CliError, openCliDatabase, runCli } from "./open-cli-database.ts";
import { readPassword } from "./read-password.ts";

const USAGE = `usage:
  npm run staff -- add --email E --role clinician|supervisor|admin [--name "Display Name"]
                   (reads the password, one line, from standard input)
  npm run staff -- disable --email E
  npm run staff -- role --email E --role clinician|supervisor|admin
  npm run staff -- list`;

function role(value: string | undefined): StaffRole {
  if (!STAFF_ROLES.includes(value as StaffRole)) {
    throw new CliError(`--role must be one of ${STAFF_ROLES.join(", ")}\n${USAGE}`);
  }
  return value as StaffRole;
}

function required(value: string | undefined, flag: string): string {
  if (!value) throw new CliError(`${flag} is required\n${USAGE}`);
  return value;
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
  });
  const command = positionals[0];
  if (!command || !["add", "disable", "role", "list"].includes(command)) {
    console.error(USAGE);
    return 2;
  }
  // Read before opening the database, so a typed password isn't waiting on a lock.
  const password =
    command === "add" ? await readPassword("Password (at least 12 characters): ") : undefined;
  const database = await openCliDatabase();
  const ctx: AdminContext = { db: database.db, now: new Date(), actor: null, via: "cli" };
  try {
    if (command === "list") {
      for (const s of await listStaff(database.db)) {
        const state = s.disabled ? "disabled" : "active";
        console.log(`${s.email}\t${s.role}\t${state}\t${s.displayName}`);
      }
      return 0;
    }
    const email = required(values.email, "--email");
    if (command === "add") {
      const created = await createStaff(ctx, {
        email,
        displayName: values.name ?? email.split("@")[0] ?? email,
        role: role(values.role),
        password: password ?? "",
      });
      console.log(`added ${created.email} as ${created.role}`);
    } else if (command === "disable") {
      await disableStaff(ctx, { email });
      console.log(`disabled ${email.toLowerCase()}; their sessions have ended`);
    } else {
      const changed = await changeStaffRole(ctx, { email }, role(values.role));
      console.log(`${changed.email} is now ${changed.role}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof ServiceError) throw new CliError(`refused: ${error.message}`);
    throw error;
  } finally {
    await database.close();
  }
}

await runCli(main);
