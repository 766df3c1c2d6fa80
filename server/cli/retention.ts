import { purgeConversations } from "../services/settings/purge-conversations.ts";
import { purgeSignInRecords } from "../services/staff/purge-sign-in-records.ts";
import { openCliDatabase, runCli } from "./open-cli-database.ts";

const USAGE = "usage: npm run retention -- purge [--dry-run]";

async function main(): Promise<number> {
  const [command, ...flags] = process.argv.slice(2);
  const dryRun = flags.includes("--dry-run");
  if (command !== "purge" || flags.some((f) => f !== "--dry-run")) {
    console.error(USAGE);
    return 2;
  }
  const database = await openCliDatabase();
  try {
    const now = new Date();
    const result = await purgeConversations(database.db, { now, dryRun });
    const verb = dryRun ? "would delete" : "deleted";
    if (!result.purged) console.log(result.reason);
    else
      console.log(
        `${verb} ${result.deleted} conversation(s) untouched since ${result.cutoff.toISOString()} ` +
          `(retention ${result.days} days; conversations with an unresolved escalation are kept)`,
      );
    const signIn = await purgeSignInRecords(database.db, { now, dryRun });
    console.log(
      `${verb} ${signIn.sessions} care-team session(s) ended over a week ago and ` +
        `${signIn.throttles} expired sign-in failure counter(s)`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

await runCli(main);
