import type { Citation, Reply, TranscriptMessage } from "../shared/api.ts";
import { el, safeHref } from "../shared/dom.ts";

const URGENT_LEVELS = new Set(["emergency", "urgent"]);

export function patientBubble(
  text: string,
  clientMessageId: string | null,
  pending = false,
): HTMLLIElement {
  const item = el(
    "li",
    { class: "msg msg--patient", "data-client-id": clientMessageId ?? undefined },
    el("span", { class: "msg__who" }, "You"),
    el("p", { class: "msg__text" }, text),
  );
  if (pending) item.append(el("span", { class: "msg__note", "data-role": "pending" }, "Sending…"));
  return item;
}

export function replyBubble(replyFor: string | null): HTMLLIElement {
  return el(
    "li",
    { class: "msg msg--assistant", "data-reply-for": replyFor ?? undefined, "aria-busy": "true" },
    el("span", { class: "msg__who" }, "careline (AI assistant)"),
    el("p", { class: "msg__text" }),
  );
}

function citationList(citations: Citation[]): HTMLElement | null {
  if (citations.length === 0) return null;
  const list = el("ul", { class: "msg__sources" });
  for (const citation of citations) {
    const href = safeHref(citation.url);
    const label = citation.section ? `${citation.title}: ${citation.section}` : citation.title;
    list.append(
      el("li", {}, href ? el("a", { href, target: "_blank", rel: "noopener" }, label) : label),
    );
  }
  return el(
    "div",
    { class: "msg__sources-wrap" },
    el("span", { class: "msg__sources-label" }, "Sources"),
    list,
  );
}

/** Fills a reply bubble from the final, checked reply. */
export function finishReply(
  bubble: HTMLElement,
  reply: Pick<Reply, "text" | "citations" | "triage" | "escalation">,
  emergencyNumber: string,
): void {
  bubble.removeAttribute("aria-busy");
  bubble.dataset.level = reply.triage.level;
  const text = bubble.querySelector(".msg__text");
  if (text) text.textContent = reply.text;
  bubble.querySelector(".msg__sources-wrap")?.remove();
  bubble.querySelector(".msg__actions")?.remove();
  const sources = citationList(reply.citations);
  if (sources) bubble.append(sources);
  if (reply.triage.level === "emergency") {
    bubble.classList.add("msg--emergency");
    bubble.append(
      el(
        "div",
        { class: "msg__actions" },
        el(
          "a",
          { class: "call-button", href: `tel:${emergencyNumber.replace(/[^0-9+]/g, "")}` },
          `Call ${emergencyNumber}`,
        ),
      ),
    );
  } else if (URGENT_LEVELS.has(reply.triage.level)) {
    bubble.classList.add("msg--urgent");
  }
  if (reply.escalation) {
    bubble.append(
      el(
        "p",
        { class: "msg__note" },
        "Our care team has been alerted and will see this conversation.",
      ),
    );
  }
}

export function staffBubble(text: string, name: string): HTMLLIElement {
  return el(
    "li",
    { class: "msg msg--staff" },
    el("span", { class: "msg__who" }, `${name} (care team, a person)`),
    el("p", { class: "msg__text" }, text),
  );
}

export function noticeItem(text: string): HTMLLIElement {
  return el("li", { class: "notice" }, text);
}

export function transcriptItems(
  messages: TranscriptMessage[],
  emergencyNumber: string,
): HTMLLIElement[] {
  const items: HTMLLIElement[] = [];
  for (const message of messages) {
    if (message.role === "patient")
      items.push(patientBubble(message.text, message.clientMessageId));
    else if (message.role === "staff")
      items.push(staffBubble(message.text, message.author?.name ?? "Care team"));
    else {
      const bubble = replyBubble(null);
      finishReply(
        bubble,
        {
          text: message.text,
          citations: message.citations ?? [],
          triage: message.triage ?? { level: "info", reasons: [] },
          escalation: message.escalation ?? null,
        },
        emergencyNumber,
      );
      items.push(bubble);
    }
  }
  return items;
}
