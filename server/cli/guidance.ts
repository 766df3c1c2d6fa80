import { resolve } from "node:path";
import { asc, eq } from "drizzle-orm";
import { guidanceVersions } from "../db/schema/index.ts";
import { parseEnv } from "../env.ts";
import { ingestLibrary } from "../retrieval/ingest.ts";
import { BUNDLED_LIBRARY_DIR, today } from "../retrieval/library.ts";
import { CliError, openCliDatabase, runCli } from "./open-cli-database.ts";

// npm run guidance -- ingest [dir]   load a library folder (default: CARELINE_GUIDANCE_DIR or the bundled one)
// npm run guidance -- list           every document's current version, status and review date

const USAGE = "usage: npm run guidance -- ingest [dir] | list";

async function ingest(dir: string | undefined): Promise<number> {
  const folder = resolve(dir ?? parseEnv().CARELINE_GUIDANCE_DIR ?? BUNDLED_LIBRARY_DIR);
  const database = await openCliDatabase();
  try {
    const progress = process.stdout.isTTY
      ? (done: number, total: number) => process.stdout.write(`\ringesting ${done}/${total}`)
      : (done: number, total: number) => {
          if (done === total || done % 500 === 0) console.log(`ingesting ${done}/${total}`);
        };
    const report = await ingestLibrary(database.db, folder, {
      today: today(),
      onProgress: progress,
    });
    if (process.stdout.isTTY) process.stdout.write("\n");
    console.log(
      `${report.scanned} files: ${report.added.length} new or updated, ${report.unchanged} unchanged, ${report.errors.length} invalid`,
    );
    for (const added of report.added) console.log(`  added    ${added}`);
    for (const error of report.errors) console.log(`  INVALID  ${error.message}`);
    for (const item of report.withheld)
      console.log(`  WITHHELD ${item.documentId}@${item.version}: ${item.reason}`);
    return report.errors.length > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}

async function list(): Promise<number> {
  const database = await openCliDatabase();
  try {
    const rows = await database.db
      .select({
        id: guidanceVersions.documentId,
        version: guidanceVersions.version,
        status: guidanceVersions.status,
        reviewDue: guidanceVersions.reviewDue,
        title: guidanceVersions.title,
      })
      .from(guidanceVersions)
      .where(eq(guidanceVersions.isCurrent, true))
      .orderBy(asc(guidanceVersions.documentId));
    const day = today();
    const width = Math.max(8, ...rows.map((r) => r.id.length));
    console.log(`${"document".padEnd(width)}  ver  status    review due  note`);
    let withheld = 0;
    for (const row of rows) {
      const expired = row.reviewDue < day;
      const note = expired
        ? "EXPIRED: withheld until re-reviewed"
        : row.status !== "approved"
          ? "withheld"
          : "";
      if (note) withheld += 1;
      console.log(
        `${row.id.padEnd(width)}  ${String(row.version).padStart(3)}  ${row.status.padEnd(8)}  ${row.reviewDue}  ${note}`,
      );
    }
    console.log(`${rows.length} documents, ${rows.length - withheld} served, ${withheld} withheld`);
    return 0;
  } finally {
    await database.close();
  }
}

await runCli(async () => {
  const [command, arg] = process.argv.slice(2);
  if (command === "ingest") return ingest(arg);
  if (command === "list") return list();
  throw new CliError(USAGE);
});
