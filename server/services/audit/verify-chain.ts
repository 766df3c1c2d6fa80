import { asc, gt } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { auditEvents } from "../../db/schema/index.ts";
import { auditHash, GENESIS_HASH } from "./chain.ts";

export type ChainVerdict =
  | { intact: true; count: number; headHash: string }
  | { intact: false; seq: number; reason: string; checked: number };

const PAGE = 1_000;

/** Walks the chain from the first row; reports the first broken link and why. */
export async function verifyAuditChain(db: Database): Promise<ChainVerdict> {
  let prevSeq = 0;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, prevSeq))
      .orderBy(asc(auditEvents.seq))
      .limit(PAGE);
    for (const row of rows) {
      const broken = (reason: string): ChainVerdict => ({
        intact: false,
        seq: row.seq,
        reason,
        checked,
      });
      if (row.seq !== prevSeq + 1) {
        return broken(`expected seq ${prevSeq + 1} next: ${row.seq - prevSeq - 1} row(s) missing`);
      }
      if (row.prevHash !== prevHash) {
        return broken(`prev_hash does not match the hash of seq ${prevSeq} (chain relinked)`);
      }
      const { hash, prevHash: _stored, ...content } = row;
      if (auditHash(content, prevHash) !== hash) {
        return broken("its content does not match its hash (the row was altered)");
      }
      prevSeq = row.seq;
      prevHash = hash;
      checked += 1;
    }
    if (rows.length < PAGE) return { intact: true, count: checked, headHash: prevHash };
  }
}
