// The queue of one status tab, kept in server order and patched by live frames.
import { isMe } from "./session.ts";
import type { EscalationStatus, QueueItem } from "./types.ts";

const PRIORITY_RANK: Record<string, number> = { immediate: 0, same_day: 1, routine: 2 };

export type Owner = "all" | "mine" | "unclaimed";
export type Change = "added" | "updated" | "removed" | "none";

function compare(a: QueueItem, b: QueueItem): number {
  const rank = (PRIORITY_RANK[a.priority] ?? 9) - (PRIORITY_RANK[b.priority] ?? 9);
  return rank !== 0 ? rank : Date.parse(a.slaDueAt) - Date.parse(b.slaDueAt);
}

export class QueueStore {
  status: EscalationStatus = "open";
  owner: Owner = "all";
  private items = new Map<string, QueueItem>();
  /** Arrived live since the tab was loaded and not yet opened. */
  readonly fresh = new Set<string>();

  replace(status: EscalationStatus, items: QueueItem[]): void {
    this.status = status;
    this.items = new Map(items.map((item) => [item.id, item]));
    for (const id of this.fresh) if (!this.items.has(id)) this.fresh.delete(id);
  }

  /** `allowed` false: the viewer may no longer see it (a clinician, once a colleague claims it). */
  upsert(item: QueueItem, allowed = true): Change {
    const had = this.items.has(item.id);
    if (item.status !== this.status || !allowed) {
      this.items.delete(item.id);
      this.fresh.delete(item.id);
      return had ? "removed" : "none";
    }
    this.items.set(item.id, item);
    return had ? "updated" : "added";
  }

  clear(): void {
    this.items.clear();
    this.fresh.clear();
  }

  get(id: string): QueueItem | undefined {
    return this.items.get(id);
  }

  visible(): QueueItem[] {
    return [...this.items.values()]
      .filter((item) =>
        this.owner === "mine"
          ? isMe(item.claimedBy?.id)
          : this.owner === "unclaimed"
            ? !item.claimedBy
            : true,
      )
      .sort(compare);
  }
}
