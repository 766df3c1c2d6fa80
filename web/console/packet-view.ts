// The escalation packet screen: everything a clinician needs to act, and the actions themselves.
// Data sections are re-rendered from each fetch; the forms persist so drafts survive updates.
import { byId, el } from "../shared/dom.ts";
import { announce } from "./announcer.ts";
import { StaffApiError, serverNow, staffApi } from "./api.ts";
import { levelLabel, priorityLabel } from "./labels.ts";
import { actionPanel, type Transition } from "./packet-actions.ts";
import { messageForm, noteForm, resolveForm } from "./packet-forms.ts";
import {
  conversationList,
  facts,
  ledgerSection,
  messageItem,
  notesList,
  replySection,
  timelineList,
  triggerSection,
  whySection,
} from "./packet-sections.ts";
import { isOverdue } from "./queue-item.ts";
import { isMe } from "./session.ts";
import type { MessageView, Packet, QueueItem } from "./types.ts";

interface Part {
  section: HTMLElement;
  body: HTMLElement;
}

function part(id: string, title: string): Part {
  const body = el("div", { class: "card__body" });
  const section = el(
    "section",
    { class: "card", id, "aria-labelledby": `${id}-title` },
    el("h2", { id: `${id}-title`, tabindex: "-1" }, title),
    body,
  );
  return { section, body };
}

const JUMPS: Array<[string, string]> = [
  ["why", "Why"],
  ["trigger", "Trigger"],
  ["reply", "careline's reply"],
  ["ledger", "Safety checks"],
  ["conversation", "Conversation"],
  ["notes", "Internal notes"],
  ["message-patient", "Message the patient"],
  ["resolve", "Resolve"],
  ["timeline", "Timeline"],
];

export interface PacketScreen {
  open(id: string, backHash: string): Promise<void>;
  /** Leaving the packet: stop following its conversation. */
  close(): void;
  /** After a reconnect: follow the conversation again and, if asked, fetch what was missed. */
  resync(reload: boolean): void;
  currentId(): string | undefined;
  applyEscalation(item: QueueItem): void;
  applyMessage(conversationId: string, message: MessageView): void;
}

export interface ConversationFollower {
  watch(conversationId: string): void;
  unwatch(conversationId: string): void;
}

export function createPacketScreen(live: ConversationFollower): PacketScreen {
  const view = byId("view-packet");
  let packet: Packet | undefined;
  let openId: string | undefined;
  let watched: string | undefined;
  let ownAction = false;
  let token = 0;

  const title = el("h1", { id: "packet-title", tabindex: "-1" }, "Escalation");
  const back = el("a", { href: "#/queue/open", class: "back" }, "Back to the queue");
  const factsWrap = el("div", { class: "facts-wrap" });
  const loadState = el("p", { class: "queue-status", role: "status" });
  const refresh = el("button", { type: "button", class: "button button--quiet" }, "Refresh");
  const actions = actionPanel({
    transition: (verb) => act(() => staffApi.transition(requireId(), verb), verb),
    reassign: (staffId) => act(() => staffApi.reassign(requireId(), staffId), "reassign"),
  });
  const forms = {
    note: noteForm(async (text) => {
      await staffApi.note(requireId(), text);
      await reload().catch(() => {});
    }),
    message: messageForm(async (text) => {
      if (!packet) return;
      const { message } = await staffApi.messagePatient(packet.conversation.id, text);
      appendMessage(message);
      await reload().catch(() => {});
    }),
    resolve: resolveForm((outcome, note) =>
      act(() => staffApi.resolve(requireId(), outcome, note || undefined), "resolve"),
    ),
  };
  const parts = {
    why: part("why", "Why it was escalated"),
    trigger: part("trigger", "Triggering message"),
    reply: part("reply", "What careline told the patient"),
    ledger: part("ledger", "Safety checks for this turn"),
    conversation: part("conversation", "Conversation so far"),
    timeline: part("timeline", "Timeline"),
  };
  const root = el(
    "article",
    { class: "packet", "data-sla-scope": "" },
    el("p", { class: "crumbs" }, back),
    el(
      "header",
      { class: "packet__head" },
      el("div", { class: "packet__title-row" }, title, refresh),
      loadState,
      factsWrap,
    ),
    actions.section,
    el(
      "nav",
      { class: "jump", "aria-label": "Packet sections" },
      el("ul", {}, ...JUMPS.map(([id, label]) => el("li", {}, el("a", { href: `#${id}` }, label)))),
    ),
    el(
      "div",
      { class: "packet__cols" },
      el(
        "div",
        { class: "packet__main" },
        parts.why.section,
        parts.trigger.section,
        parts.reply.section,
        parts.ledger.section,
        parts.conversation.section,
      ),
      el(
        "div",
        { class: "packet__side" },
        forms.note.section,
        forms.message.section,
        forms.resolve.section,
        parts.timeline.section,
      ),
    ),
  );
  refresh.addEventListener("click", () => {
    void reload().then(() => announce("Escalation refreshed."));
  });

  function requireId(): string {
    if (!openId) throw new Error("No escalation is open.");
    return openId;
  }

  function renderItem(item: QueueItem): void {
    title.textContent = `${priorityLabel(item.priority)} escalation: ${levelLabel(item.triage.level)}`;
    document.title = `${title.textContent} · careline console`;
    factsWrap.replaceChildren(facts(item));
    root.dataset.priority = item.priority;
    root.dataset.status = item.status;
    root.dataset.overdue = String(isOverdue(item, serverNow()));
    actions.update(item);
    forms.message.update(item);
    forms.resolve.update(item);
  }

  function render(next: Packet): void {
    packet = next;
    if (watched !== next.conversation.id) {
      if (watched) live.unwatch(watched);
      watched = next.conversation.id;
      live.watch(watched);
    }
    renderItem(next.escalation);
    parts.why.body.replaceChildren(...whySection(next));
    parts.trigger.body.replaceChildren(...triggerSection(next));
    parts.reply.body.replaceChildren(...replySection(next));
    parts.ledger.body.replaceChildren(...ledgerSection(next.ledger));
    parts.conversation.body.replaceChildren(conversationList(next));
    parts.timeline.body.replaceChildren(timelineList(next.escalation.events));
    forms.note.section.querySelector("#notes-list-wrap")?.replaceChildren(notesList(next.notes));
  }

  async function reload(): Promise<void> {
    const id = requireId();
    const mine = token;
    const next = await staffApi.packet(id);
    if (mine === token && openId === id) render(next);
  }

  async function act(
    call: () => Promise<{ escalation: QueueItem }>,
    verb: Transition | "reassign" | "resolve",
  ) {
    ownAction = true;
    try {
      const { escalation } = await call();
      if (packet) packet = { ...packet, escalation: { ...packet.escalation, ...escalation } };
      renderItem(escalation);
      // Focus goes to the new state at once; the button that was pressed may be about to go.
      actions.state.focus();
      await reload().catch(() => {});
      if (!document.activeElement || document.activeElement === document.body)
        actions.state.focus();
      if (verb === "resolve") announce("Escalation resolved.");
    } finally {
      ownAction = false;
    }
  }

  function appendMessage(message: MessageView): void {
    const list = parts.conversation.body.querySelector("#packet-turns");
    if (!list || list.querySelector(`[data-message-id="${CSS.escape(message.id)}"]`)) return;
    list.append(messageItem(message, packet?.trigger?.messageId));
  }

  return {
    currentId: () => openId,
    close() {
      token += 1;
      for (const form of Object.values(forms)) form.reset();
      actions.reset();
      if (watched) live.unwatch(watched);
      watched = undefined;
      openId = undefined;
      packet = undefined;
    },
    resync(fetchAgain) {
      if (!openId) return;
      if (watched) live.watch(watched);
      if (fetchAgain) void reload().catch(() => {});
    },
    async open(id, backHash) {
      const mine = ++token;
      if (id !== openId) {
        for (const form of Object.values(forms)) form.reset();
        actions.reset();
      }
      openId = id;
      packet = undefined;
      back.setAttribute("href", backHash);
      title.textContent = "Escalation";
      loadState.textContent = "Loading the escalation packet…";
      for (const p of Object.values(parts)) p.body.replaceChildren();
      factsWrap.replaceChildren();
      if (!view.contains(root)) view.replaceChildren(root);
      try {
        const next = await staffApi.packet(id);
        if (mine !== token) return;
        loadState.textContent = "";
        render(next);
      } catch (error) {
        if (mine !== token) return;
        loadState.textContent =
          error instanceof StaffApiError && error.status === 404
            ? "This escalation does not exist, or you cannot see it."
            : `Could not load the escalation: ${error instanceof Error ? error.message : "unknown error"}.`;
      }
    },
    applyEscalation(item) {
      if (!packet || item.id !== openId) return;
      const before = packet.escalation;
      packet = { ...packet, escalation: { ...before, ...item } };
      renderItem(packet.escalation);
      if (ownAction) return;
      if (before.status !== item.status || before.claimedBy?.id !== item.claimedBy?.id) {
        const who =
          item.claimedBy && !isMe(item.claimedBy.id) ? ` by ${item.claimedBy.displayName}` : "";
        announce(`This escalation is now ${item.status}${who}.`);
      } else if (before.priority !== item.priority) {
        announce(
          `This escalation's priority is now ${priorityLabel(item.priority)}.`,
          item.priority === "immediate" ? "assertive" : "polite",
        );
      }
    },
    applyMessage(conversationId, message) {
      if (!packet || packet.conversation.id !== conversationId) return;
      appendMessage(message);
      if (message.role === "patient")
        announce("The patient sent a new message in this conversation.");
    },
  };
}
