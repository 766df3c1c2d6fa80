// One ticking clock for every SLA countdown and age on screen. Countdowns are plain text, outside
// any live region, so a screen reader is not interrupted every second.
import { serverNow } from "./api.ts";
import { formatAge, slaText } from "./time.ts";

export function tickClocks(onOverdue: (scope: HTMLElement) => void): void {
  const now = serverNow();
  for (const node of document.querySelectorAll<HTMLElement>("[data-sla-due]")) {
    const due = Date.parse(node.dataset.slaDue ?? "");
    if (Number.isNaN(due)) continue;
    const remaining = due - now;
    const text = slaText(remaining);
    if (node.textContent !== text) node.textContent = text;
    const scope = node.closest<HTMLElement>("[data-sla-scope]");
    if (scope && remaining < 0 && scope.dataset.overdue !== "true") {
      scope.dataset.overdue = "true";
      onOverdue(scope);
    }
  }
  for (const node of document.querySelectorAll<HTMLElement>("[data-age-since]")) {
    const since = Date.parse(node.dataset.ageSince ?? "");
    if (Number.isNaN(since)) continue;
    const text = formatAge(Math.max(0, now - since));
    if (node.textContent !== text) node.textContent = text;
  }
}

export function startClock(onOverdue: (scope: HTMLElement) => void): () => void {
  tickClocks(onOverdue);
  const timer = window.setInterval(() => tickClocks(onOverdue), 1000);
  return () => window.clearInterval(timer);
}
