// Two live regions present from page load (screen readers ignore regions added later): polite for
// routine news, assertive only for immediate-priority escalations.
import { byId } from "../shared/dom.ts";

export type Urgency = "polite" | "assertive";

const timers = new Map<Urgency, number>();

export function announce(text: string, urgency: Urgency = "polite"): void {
  const region = byId(urgency === "assertive" ? "announce-assertive" : "announce-polite");
  window.clearTimeout(timers.get(urgency));
  // Clearing first makes a repeated identical message count as a change.
  region.textContent = "";
  timers.set(
    urgency,
    window.setTimeout(() => {
      region.textContent = text;
    }, 60),
  );
}
