// The queue screen: status tabs (the APG tabs pattern: arrow keys move, Tab leaves), an ordered
// list of escalations, and in-place updates from live frames.
import { byId } from "../shared/dom.ts";
import { announce } from "./announcer.ts";
import { serverNow, staffApi } from "./api.ts";
import { createQueueItem, isOverdue, updateQueueItem } from "./queue-item.ts";
import { type Change, type Owner, QueueStore } from "./queue-store.ts";
import { hasRole, isMe } from "./session.ts";
import type { EscalationStatus, QueueItem } from "./types.ts";

const STATUSES: EscalationStatus[] = ["open", "claimed", "resolved"];
const HEADINGS: Record<EscalationStatus, string> = {
  open: "Open escalations",
  claimed: "Claimed escalations",
  resolved: "Resolved escalations",
};

export const queueStore = new QueueStore();
const nodes = new Map<string, HTMLLIElement>();
let loadToken = 0;

function tabs(): HTMLButtonElement[] {
  return [...byId("queue-tabs").querySelectorAll<HTMLButtonElement>('[role="tab"]')];
}

function selectTab(status: EscalationStatus): void {
  for (const tab of tabs()) {
    const selected = tab.dataset.status === status;
    tab.setAttribute("aria-selected", String(selected));
    tab.tabIndex = selected ? 0 : -1;
    if (selected) byId("queue-panel").setAttribute("aria-labelledby", tab.id);
  }
}

function summary(items: QueueItem[]): string {
  const now = serverNow();
  const overdue = items.filter((item) => isOverdue(item, now)).length;
  const count = `${items.length} ${items.length === 1 ? "escalation" : "escalations"}`;
  if (items.length === 0)
    return queueStore.status === "open"
      ? "Nothing is waiting. New escalations appear here live."
      : "None.";
  return overdue > 0 ? `${count}, ${overdue} overdue.` : `${count}.`;
}

/** Reconciles the list with the store without recreating existing entries. */
export function renderQueue(): void {
  const list = byId<HTMLOListElement>("queue-list");
  const items = queueStore.visible();
  const focused = document.activeElement;
  const keep = new Set(items.map((item) => item.id));
  for (const [id, node] of nodes) {
    if (!keep.has(id)) {
      node.remove();
      nodes.delete(id);
    }
  }
  const now = serverNow();
  let previous: Element | null = null;
  for (const item of items) {
    let node = nodes.get(item.id);
    if (!node) {
      node = createQueueItem(item);
      nodes.set(item.id, node);
    }
    updateQueueItem(node, item, queueStore.fresh.has(item.id), now);
    const expected: Element | null = previous
      ? previous.nextElementSibling
      : list.firstElementChild;
    if (expected !== node) list.insertBefore(node, expected);
    previous = node;
  }
  // Moving a node blurs it; put focus back where the user left it.
  if (focused instanceof HTMLElement && focused !== document.activeElement && focused.isConnected)
    focused.focus();
  byId("queue-heading").textContent = HEADINGS[queueStore.status];
  byId("queue-status").textContent = summary(items);
}

export async function loadQueue(status: EscalationStatus): Promise<void> {
  const token = ++loadToken;
  if (status !== queueStore.status) {
    for (const node of nodes.values()) node.remove();
    nodes.clear();
    queueStore.replace(status, []);
  }
  selectTab(status);
  byId("queue-heading").textContent = HEADINGS[status];
  byId("queue-status").textContent = "Loading…";
  try {
    const { escalations } = await staffApi.escalations(status);
    if (token !== loadToken) return;
    queueStore.replace(status, escalations);
    renderQueue();
  } catch (error) {
    if (token !== loadToken) return;
    byId("queue-status").textContent =
      `Could not load the queue: ${error instanceof Error ? error.message : "unknown error"}. It will retry when live updates reconnect.`;
  }
}

/** Applies a live frame; returns what changed for the caller's announcements. */
export function applyEscalation(item: QueueItem, isNew: boolean): Change {
  if (isNew && item.status === "open") queueStore.fresh.add(item.id);
  // Mirrors the server's rule: clinicians see open escalations and the ones they claimed.
  const allowed = hasRole("supervisor") || item.status === "open" || isMe(item.claimedBy?.id);
  const change = queueStore.upsert(item, allowed);
  if (change !== "none") renderQueue();
  return change;
}

export function markSeen(id: string): void {
  if (queueStore.fresh.delete(id)) renderQueue();
}

export function setupQueueView(navigate: (hash: string) => void): void {
  const list = tabs();
  for (const tab of list) {
    tab.addEventListener("click", () => navigate(`#/queue/${tab.dataset.status}`));
    tab.addEventListener("keydown", (event) => {
      const index = list.indexOf(tab);
      const next =
        event.key === "ArrowRight"
          ? list[(index + 1) % list.length]
          : event.key === "ArrowLeft"
            ? list[(index - 1 + list.length) % list.length]
            : event.key === "Home"
              ? list[0]
              : event.key === "End"
                ? list[list.length - 1]
                : undefined;
      if (!next) return;
      event.preventDefault();
      next.focus();
      navigate(`#/queue/${next.dataset.status}`);
    });
  }
  const owner = byId<HTMLSelectElement>("queue-owner");
  owner.addEventListener("change", () => {
    queueStore.owner = owner.value as Owner;
    renderQueue();
  });
}

export function clearQueue(): void {
  for (const node of nodes.values()) node.remove();
  nodes.clear();
  queueStore.clear();
  loadToken += 1;
}

export function focusQueueItem(id: string): boolean {
  const link = nodes.get(id)?.querySelector<HTMLElement>(".qitem__link");
  link?.focus();
  return Boolean(link);
}

export function showQueueTools(): void {
  byId("queue-tools").hidden = !hasRole("supervisor");
  if (!hasRole("supervisor")) queueStore.owner = "all";
}

export function parseStatus(value: string | undefined): EscalationStatus {
  return STATUSES.includes(value as EscalationStatus) ? (value as EscalationStatus) : "open";
}

export function overdueAnnouncement(scope: HTMLElement): void {
  const item = queueStore.get(scope.dataset.id ?? "");
  if (item?.status !== "open") return;
  announce(`Overdue and not yet claimed: ${item.reason}`, "polite");
}
