// One queue entry. Built once per escalation and patched in place, so the link keeps keyboard
// focus while live updates reorder or change the list.
import { el } from "../shared/dom.ts";
import { serverNow } from "./api.ts";
import { crisisLabel, levelLabel, priorityLabel, queueLabel, statusLabel } from "./labels.ts";
import { isMe } from "./session.ts";
import { formatAge, formatClock, slaText } from "./time.ts";
import type { QueueItem } from "./types.ts";

function fact(label: string, value: Node | string): HTMLDivElement {
  return el("div", { class: "fact" }, el("dt", {}, label), el("dd", {}, value));
}

export function claimedByText(item: QueueItem): string {
  if (!item.claimedBy) return "Nobody yet";
  return isMe(item.claimedBy.id) ? "You" : item.claimedBy.displayName;
}

/** The SLA clock for an item: counting for open ones, a plain state otherwise. */
export function slaNode(item: QueueItem): HTMLElement {
  if (item.status === "open")
    return el(
      "span",
      { class: "sla", "data-sla-due": item.slaDueAt },
      slaText(Date.parse(item.slaDueAt) - serverNow()),
    );
  if (item.status === "claimed") return el("span", { class: "sla" }, "Acknowledged (claimed)");
  return el("span", { class: "sla" }, "Resolved");
}

export function ageNode(since: string): HTMLSpanElement {
  return el(
    "span",
    { "data-age-since": since },
    formatAge(Math.max(0, serverNow() - Date.parse(since))),
  );
}

export function isOverdue(item: QueueItem, now: number): boolean {
  return item.overdue || (item.status === "open" && Date.parse(item.slaDueAt) <= now);
}

export function createQueueItem(item: QueueItem): HTMLLIElement {
  const flagsId = `q-flags-${item.id}`;
  const metaId = `q-meta-${item.id}`;
  return el(
    "li",
    { class: "qitem", "data-id": item.id, "data-sla-scope": "", "data-sla-announce": "" },
    el("p", { class: "qitem__flags", id: flagsId }),
    el(
      "h3",
      { class: "qitem__title" },
      el("a", {
        class: "qitem__link",
        href: `#/escalations/${encodeURIComponent(item.id)}`,
        "aria-describedby": `${flagsId} ${metaId}`,
      }),
    ),
    el("dl", { class: "qitem__meta", id: metaId }),
  );
}

export function updateQueueItem(
  li: HTMLLIElement,
  item: QueueItem,
  fresh: boolean,
  now: number,
): void {
  const overdue = isOverdue(item, now);
  li.dataset.priority = item.priority;
  li.dataset.status = item.status;
  li.dataset.overdue = String(overdue);
  li.querySelector(".qitem__flags")?.replaceChildren(
    el("span", { class: "prio", "data-priority": item.priority }, priorityLabel(item.priority)),
    " ",
    el("span", { class: "overdue-flag" }, "Overdue"),
    ...(fresh ? [" ", el("span", { class: "new-flag" }, "New")] : []),
  );
  const link = li.querySelector(".qitem__link");
  if (link && link.textContent !== item.reason) link.textContent = item.reason;
  li.querySelector(".qitem__meta")?.replaceChildren(
    fact("Triage", levelLabel(item.triage.level)),
    fact("Crisis tier", crisisLabel(item.crisisTier)),
    fact("Queue", queueLabel(item.queue)),
    fact("Raised", el("span", {}, `${formatClock(item.createdAt)}, `, ageNode(item.createdAt))),
    fact("SLA", slaNode(item)),
    fact(
      item.status === "resolved" ? "Status" : "Claimed by",
      item.status === "resolved" ? statusLabel(item.status) : claimedByText(item),
    ),
  );
  if (isMe(item.claimedBy?.id)) li.dataset.mine = "true";
  else delete li.dataset.mine;
}
