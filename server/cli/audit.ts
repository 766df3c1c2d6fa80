import { verifyAuditChain } from "../services/audit/verify-chain.ts";
import { openCliDatabase, runCli } from "./open-cli-database.ts";

const USAGE = "usage: npm run audit -- verify";

async function main(): Promise<number> {
  if (process.argv[2] !== "verify" || process.argv.length > 3) {
    console.error(USAGE);
    return 2;
  }
  const database = await openCliDatabase();
  try {
    const verdict = await verifyAuditChain(database.db);
    if (verdict.intact) {
      console.log(`audit chain intact (${verdict.count} events)`);
      // Record the head hash elsewhere: it anchors the chain against truncation of its tail.
      console.log(`head hash: ${verdict.headHash}`);
      return 0;
    }
    console.error(
      `audit chain BROKEN at seq ${verdict.seq}: ${verdict.reason} (${verdict.checked} events before it verified)`,
    );
    return 1;
  } finally {
    await database.close();
  }
}

await runCli(main);
