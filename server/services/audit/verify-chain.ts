import { asc, gt } from "drizzle-orm";
import type { Database } from "../../db/client.ts";
import { auditEvents } from "../../db/schema/index.ts";
import { auditHash, GENESIS_HASH } from "./chain.ts";

export type ChainVerdict =
  | { intact: true; count: number; headSeq: number; headHash: string }
  | { intact: false; seq: number; reason: string; checked: number };

const PAGE = 1_000;

/** A head recorded outside the database earlier: the chain must still pass through it. */
export interface AuditAnchor {
  seq: number;
  hash: string;
}

/**
 * Walks the chain from the first row; reports the first broken link and why. With an anchor, a
 * chain that is consistent in itself but was cut or rewritten back past the anchor is broken too.
 */
export async function verifyAuditChain(db: Database, anchor?: AuditAnchor): Promise<ChainVerdict> {
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
      if (anchor && row.seq === anchor.seq && hash !== anchor.hash) {
        return broken("its hash differs from the recorded anchor (history was rewritten)");
      }
      prevSeq = row.seq;
      prevHash = hash;
      checked += 1;
    }
    if (rows.length < PAGE) {
      if (anchor && prevSeq < anchor.seq) {
        return {
          intact: false,
          seq: prevSeq + 1,
          reason: `the chain ends before the recorded anchor at seq ${anchor.seq} (events were removed from its end)`,
          checked,
        };
      }
      return { intact: true, count: checked, headSeq: prevSeq, headHash: prevHash };
    }
  }
}
