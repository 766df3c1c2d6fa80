import { type DatabaseHandle, openDatabase } from "../db/client.ts";
import { DataDirLockedError } from "../db/data-dir-lock.ts";
import { databaseConfigFrom } from "../db/database-config.ts";
import { EnvError, parseEnv } from "../env.ts";

export class CliError extends Error {}

/**
 * Opens (and migrates) the database exactly as `npm start` does, from the same environment. The
 * embedded database admits one process: while careline runs on it, this refuses and says so.
 */
export async function openCliDatabase(): Promise<DatabaseHandle> {
  let env: ReturnType<typeof parseEnv>;
  try {
    env = parseEnv();
  } catch (error) {
    if (error instanceof EnvError) throw new CliError(error.message);
    throw error;
  }
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase(databaseConfigFrom(env));
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    throw new CliError(
      `${error.message}\nWhile careline is running, an admin can manage staff in the console ` +
        "(or through /api/staff/users) instead.",
    );
  }
  try {
    await handle.migrate();
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

/** Runs a CLI body: CliError → its message and exit 1; anything else → the error and exit 1. */
export async function runCli(body: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await body();
  } catch (error) {
    console.error(error instanceof CliError ? error.message : `error: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
