// The read-only parts of the escalation packet. Every string from the server, the patient or the
// model goes in as text; links are built only from http(s) URLs.
import type { Citation } from "../shared/api.ts";
import { el, safeHref } from "../shared/dom.ts";
import {
  crisisLabel,
  eventLabel,
  levelLabel,
  outcomeLabel,
  priorityLabel,
  queueLabel,
  ruleLabel,
} from "./labels.ts";
import { ageNode, claimedByText, slaNode } from "./queue-item.ts";
import { formatClock } from "./time.ts";
import type { EscalationEvent, LedgerRow, MessageView, Note, Packet, QueueItem } from "./types.ts";

function fact(label: string, ...value: Array<Node | string | null>): HTMLDivElement {
  return el("div", { class: "fact" }, el("dt", {}, label), el("dd", {}, ...value));
}

export function facts(item: QueueItem): HTMLDListElement {
  return el(
    "dl",
    { class: "facts" },
    fact(
      "Priority",
      el("span", { class: "prio", "data-priority": item.priority }, priorityLabel(item.priority)),
    ),
    fact("Triage level", levelLabel(item.triage.level)),
    fact("Crisis tier", crisisLabel(item.crisisTier)),
    fact("Queue", queueLabel(item.queue)),
    fact("Raised", `${formatClock(item.createdAt)} (`, ageNode(item.createdAt), ")"),
    fact("SLA", slaNode(item), " ", el("span", { class: "overdue-flag" }, "Overdue")),
    fact("Claimed by", claimedByText(item)),
  );
}

export function whySection(packet: Packet): Node[] {
  const { escalation } = packet;
  const reasons = escalation.reasons.length
    ? escalation.reasons
    : escalation.ruleIds.map((ruleId) => ({ ruleId, text: ruleLabel(ruleId) }));
  return [
    // The queue's reason line repeats these; show it only when there is nothing more specific.
    reasons.length ? null : el("p", { class: "reason-summary" }, escalation.reason),
    el(
      "ul",
      { class: "reasons" },
      ...reasons.map((reason) =>
        el(
          "li",
          {},
          reason.text || ruleLabel(reason.ruleId),
          " ",
          el("code", { class: "rule-id" }, reason.ruleId),
        ),
      ),
    ),
    el(
      "p",
      { class: "muted" },
      `Triage level ${levelLabel(escalation.triage.level)}; crisis tier ${crisisLabel(escalation.crisisTier)}.`,
    ),
  ].filter((node): node is HTMLParagraphElement | HTMLUListElement => node !== null);
}

export function triggerSection(packet: Packet): Node[] {
  if (!packet.trigger)
    return [el("p", { class: "muted" }, "The triggering message is not available.")];
  return [
    el(
      "figure",
      { class: "quote" },
      el("blockquote", { class: "quote__text" }, packet.trigger.text),
      el("figcaption", { class: "muted" }, `The patient, ${formatClock(packet.trigger.at)}`),
    ),
  ];
}

export function citationList(citations: Citation[]): HTMLElement | null {
  if (!citations.length) return null;
  return el(
    "div",
    { class: "sources" },
    el("p", { class: "sources__label" }, "Sources given"),
    el(
      "ul",
      {},
      ...citations.map((citation) => {
        const label = citation.section ? `${citation.title}: ${citation.section}` : citation.title;
        const href = safeHref(citation.url);
        return el(
          "li",
          {},
          href ? el("a", { href, target: "_blank", rel: "noopener noreferrer" }, label) : label,
        );
      }),
    ),
  );
}

export function replySection(packet: Packet): Node[] {
  const { reply } = packet;
  if (!reply) return [el("p", { class: "muted" }, "careline has not replied to this message.")];
  const flags = reply.safety.flags;
  return [
    el("p", { class: "said" }, reply.text),
    citationList(reply.citations) ?? el("p", { class: "muted" }, "No sources were cited."),
    el(
      "p",
      { class: "muted" },
      `Triage given: ${levelLabel(reply.triage.level)}. Safety flags: ${flags.length ? flags.join(", ") : "none"}.`,
    ),
  ];
}

export function ledgerSection(rows: LedgerRow[]): Node[] {
  if (!rows.length)
    return [el("p", { class: "muted" }, "No safety checks were recorded for this turn.")];
  const body = rows.map((row) =>
    el(
      "tr",
      { "data-verdict": row.verdict },
      el("td", {}, row.stage),
      el(
        "td",
        {},
        el("code", {}, row.checkId),
        el("span", { class: "muted" }, ` v${row.checkVersion}`),
      ),
      el("td", { class: "verdict" }, row.verdict === "allow" ? "allow" : `▲ ${row.verdict}`),
      el("td", {}, row.ruleIds.length ? row.ruleIds.join(", ") : "—"),
      el("td", { class: "num" }, row.durationMs.toFixed(1)),
      el("td", {}, row.failure ?? "—"),
    ),
  );
  return [
    el(
      "div",
      { class: "table-wrap" },
      el(
        "table",
        { class: "table table--compact" },
        el("caption", { id: "ledger-caption" }, "Every check run on the triggering turn, in order"),
        el(
          "thead",
          {},
          el(
            "tr",
            {},
            ...["Stage", "Check", "Verdict", "Rules", "ms", "Failure"].map((h) =>
              el("th", { scope: "col" }, h),
            ),
          ),
        ),
        el("tbody", {}, ...body),
      ),
    ),
  ];
}

function speaker(message: MessageView): string {
  if (message.role === "patient") return "Patient";
  if (message.role === "staff") return `Care team: ${message.author?.name ?? "staff member"}`;
  return "careline AI";
}

export function messageItem(message: MessageView, triggerId: string | undefined): HTMLLIElement {
  const trigger = message.id === triggerId;
  const meta =
    message.role === "assistant" && message.triage
      ? el("p", { class: "muted" }, `Triage given: ${levelLabel(message.triage.level)}`)
      : null;
  return el(
    "li",
    {
      class: `turn turn--${message.role}`,
      "data-message-id": message.id,
      "data-trigger": trigger ? "true" : undefined,
    },
    el(
      "p",
      { class: "turn__who" },
      el("strong", {}, speaker(message)),
      el("span", { class: "muted" }, ` · ${formatClock(message.createdAt)}`),
      trigger ? el("span", { class: "trigger-flag" }, "Triggered this escalation") : null,
    ),
    el("p", { class: "turn__text" }, message.text),
    message.role === "assistant" ? citationList(message.citations ?? []) : null,
    meta,
  );
}

export function conversationList(packet: Packet): HTMLOListElement {
  return el(
    "ol",
    { class: "turns", id: "packet-turns" },
    ...packet.conversation.messages.map((m) => messageItem(m, packet.trigger?.messageId)),
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function eventDetail(event: EscalationEvent): string {
  const data = event.data ?? {};
  const parts: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    // Bare ids mean nothing to a reader; names are shown through the actor instead.
    if (value === null || value === undefined || key === "text" || key === "ruleIds") continue;
    if (typeof value === "string" && UUID.test(value)) continue;
    if (key === "priority" && typeof value === "string")
      parts.push(`priority ${priorityLabel(value)}`);
    else if (/outcome/i.test(key) && typeof value === "string") parts.push(outcomeLabel(value));
    else if (typeof value === "string" || typeof value === "number") parts.push(`${key}: ${value}`);
    else if (Array.isArray(value)) parts.push(`${key}: ${value.join(", ")}`);
  }
  return parts.join("; ");
}

export function timelineList(events: EscalationEvent[]): HTMLElement {
  if (!events.length) return el("p", { class: "muted" }, "No events yet.");
  return el(
    "ol",
    { class: "timeline" },
    ...events.map((event) => {
      const who =
        event.actor?.displayName ?? event.actor?.email ?? (event.actor ? "Staff" : "careline");
      const detail = eventDetail(event);
      return el(
        "li",
        {},
        el("span", { class: "timeline__at" }, formatClock(event.at)),
        " ",
        el("strong", {}, eventLabel(event.kind)),
        ` by ${who}`,
        detail ? el("span", { class: "muted" }, ` (${detail})`) : null,
      );
    }),
  );
}

export function notesList(notes: Note[]): HTMLElement {
  if (!notes.length)
    return el("p", { class: "muted", id: "notes-empty" }, "No internal notes yet.");
  return el(
    "ol",
    { class: "notes", id: "notes-list" },
    ...notes.map((note) =>
      el(
        "li",
        { class: "note" },
        el("p", { class: "note__text" }, note.text),
        el(
          "p",
          { class: "muted" },
          `${note.author?.displayName ?? "Staff"}, ${formatClock(note.at)}`,
        ),
      ),
    ),
  );
}
