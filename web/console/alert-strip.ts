// A visible companion to the live regions: the newest unseen escalations, with links, until they
// are opened or dismissed. Not itself live, so nothing is announced twice.
import { byId, el } from "../shared/dom.ts";
import { levelLabel, priorityLabel } from "./labels.ts";
import type { QueueItem } from "./types.ts";

const MAX_SHOWN = 3;
let items: QueueItem[] = [];

function render(): void {
  const strip = byId("alert-strip");
  strip.hidden = items.length === 0;
  if (!items.length) {
    strip.replaceChildren();
    return;
  }
  const dismiss = el("button", { type: "button", class: "button button--quiet" }, "Dismiss");
  dismiss.addEventListener("click", () => {
    items = [];
    render();
    byId("main").focus();
  });
  strip.replaceChildren(
    el(
      "p",
      { class: "alert-strip__title" },
      items.length === 1 ? "New escalation" : `${items.length} new escalations`,
    ),
    el(
      "ul",
      { class: "alert-strip__list" },
      ...items
        .slice(0, MAX_SHOWN)
        .map((item) =>
          el(
            "li",
            { "data-priority": item.priority },
            el(
              "span",
              { class: "prio", "data-priority": item.priority },
              priorityLabel(item.priority),
            ),
            " ",
            el(
              "a",
              { href: `#/escalations/${encodeURIComponent(item.id)}` },
              `${levelLabel(item.triage.level)}: ${item.reason}`,
            ),
          ),
        ),
    ),
    dismiss,
  );
}

export function addAlert(item: QueueItem): void {
  items = [item, ...items.filter((other) => other.id !== item.id)];
  render();
}

export function clearAlert(id: string): void {
  const before = items.length;
  items = items.filter((item) => item.id !== id);
  if (items.length !== before) render();
}

export function clearAlerts(): void {
  items = [];
  render();
}
