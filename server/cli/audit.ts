import { type AuditAnchor, verifyAuditChain } from "../services/audit/verify-chain.ts";
import { openCliDatabase, runCli } from "./open-cli-database.ts";

const USAGE = "usage: npm run audit -- verify [--anchor SEQ:HASH]";

function parseArgs(args: string[]): { anchor?: AuditAnchor } | undefined {
  if (args[0] !== "verify") return undefined;
  if (args.length === 1) return {};
  const match =
    args.length === 3 && args[1] === "--anchor"
      ? /^(\d+):([0-9a-f]{64})$/.exec(args[2] ?? "")
      : null;
  return match ? { anchor: { seq: Number(match[1]), hash: match[2] as string } } : undefined;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args) {
    console.error(USAGE);
    return 2;
  }
  const database = await openCliDatabase();
  try {
    const verdict = await verifyAuditChain(database.db, args.anchor);
    if (verdict.intact) {
      console.log(`audit chain intact (${verdict.count} events)`);
      if (args.anchor) console.log(`it still passes through the anchor at seq ${args.anchor.seq}`);
      // Record this outside the database and pass it back with --anchor: only an outside copy of
      // the head reveals a tail cut by someone who can bypass the append-only trigger.
      console.log(`head: ${verdict.headSeq}:${verdict.headHash}`);
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
