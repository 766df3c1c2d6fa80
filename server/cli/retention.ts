import { purgeConversations } from "../services/settings/purge-conversations.ts";
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
    const result = await purgeConversations(database.db, { now: new Date(), dryRun });
    if (!result.purged) {
      console.log(result.reason);
      return 0;
    }
    const verb = result.dryRun ? "would delete" : "deleted";
    console.log(
      `${verb} ${result.deleted} conversation(s) untouched since ${result.cutoff.toISOString()} ` +
        `(retention ${result.days} days; conversations with an unresolved escalation are kept)`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

await runCli(main);
