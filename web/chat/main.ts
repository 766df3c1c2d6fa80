import {
  ApiRequestError,
  createConversation,
  fetchInfo,
  fetchTranscript,
  type Info,
  type Reply,
} from "../shared/api.ts";
import { ChatSocket, type ServerFrame, type SocketState } from "../shared/chat-socket.ts";
import { byId, el } from "../shared/dom.ts";
import {
  finishReply,
  noticeItem,
  patientBubble,
  replyBubble,
  staffBubble,
  transcriptItems,
} from "./render.ts";
import {
  clearSession,
  loadPending,
  loadSession,
  newClientMessageId,
  type PendingMessage,
  type Session,
  savePending,
  saveSession,
} from "./session.ts";

const MAX_CHARS = 4000;

const log = byId<HTMLOListElement>("log");
const statusLine = byId("status");
const form = byId<HTMLFormElement>("composer");
const input = byId<HTMLTextAreaElement>("message");
const counter = byId("counter");
const banner = byId("banner");
const disclosure = byId("disclosure");

let info: Info;
let session: Session;
let socket: ChatSocket;
let pending: PendingMessage[] = loadPending();

function setStatus(state: SocketState): void {
  const number = info?.contacts.emergencyNumber ?? "your local emergency number";
  statusLine.dataset.state = state;
  statusLine.textContent =
    state === "open"
      ? "Connected"
      : state === "connecting"
        ? "Connecting…"
        : `Not connected. We're trying again, and will send your message when we reconnect. In an emergency, call ${number} now.`;
}

function scrollToEnd(): void {
  log.lastElementChild?.scrollIntoView({ block: "end", behavior: "smooth" });
}

function replyBubbleFor(clientMessageId: string): HTMLElement {
  const existing = log.querySelector<HTMLElement>(
    `[data-reply-for="${CSS.escape(clientMessageId)}"]`,
  );
  if (existing) return existing;
  const bubble = replyBubble(clientMessageId);
  const asked = log.querySelector(`[data-client-id="${CSS.escape(clientMessageId)}"]`);
  if (asked?.nextSibling) log.insertBefore(bubble, asked.nextSibling);
  else log.append(bubble);
  return bubble;
}

function forget(clientMessageId: string): void {
  pending = pending.filter((p) => p.clientMessageId !== clientMessageId);
  savePending(pending);
}

function onFrame(frame: ServerFrame): void {
  const clientMessageId =
    typeof frame.clientMessageId === "string" ? frame.clientMessageId : undefined;
  switch (frame.type) {
    case "message.accepted":
      if (clientMessageId)
        log
          .querySelector(`[data-client-id="${CSS.escape(clientMessageId)}"] [data-role="pending"]`)
          ?.remove();
      break;
    case "reply.delta": {
      if (!clientMessageId) break;
      const text = replyBubbleFor(clientMessageId).querySelector(".msg__text");
      text?.append(document.createTextNode(String(frame.text ?? "")));
      scrollToEnd();
      break;
    }
    case "reply.retract": {
      if (!clientMessageId) break;
      const bubble = replyBubbleFor(clientMessageId);
      const text = bubble.querySelector(".msg__text");
      if (text) text.textContent = "";
      bubble.append(
        el(
          "p",
          { class: "msg__note" },
          "An earlier draft of this answer was withdrawn and replaced.",
        ),
      );
      break;
    }
    case "reply.done":
      if (!clientMessageId) break;
      finishReply(
        replyBubbleFor(clientMessageId),
        frame.reply as Reply,
        info.contacts.emergencyNumber,
      );
      forget(clientMessageId);
      scrollToEnd();
      break;
    case "staff.message": {
      const message = frame.message as { text: string; author?: { name: string } };
      log.append(staffBubble(message.text, message.author?.name ?? "Care team"));
      scrollToEnd();
      break;
    }
    case "conversation.update":
      log.append(noticeItem(String(frame.text ?? "")));
      scrollToEnd();
      break;
    case "error": {
      const error = frame.error as { message?: string } | undefined;
      const message = error?.message ?? "Something went wrong.";
      if (clientMessageId) {
        forget(clientMessageId);
        const bubble = log.querySelector(`[data-client-id="${CSS.escape(clientMessageId)}"]`);
        bubble?.querySelector('[data-role="pending"]')?.remove();
        bubble?.append(el("span", { class: "msg__note msg__note--error" }, `Not sent: ${message}`));
      } else {
        log.append(noticeItem(message));
      }
      break;
    }
  }
}

async function syncTranscript(): Promise<void> {
  try {
    const transcript = await fetchTranscript(session.id, session.token);
    const answered = new Set(transcript.messages.map((m) => m.clientMessageId).filter(Boolean));
    log.replaceChildren(...transcriptItems(transcript.messages, info.contacts.emergencyNumber));
    for (const message of pending) {
      if (!answered.has(message.clientMessageId))
        log.append(patientBubble(message.text, message.clientMessageId, true));
    }
    disclosure.hidden = false;
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 404) {
      clearSession();
      window.location.reload();
    }
  }
  for (const message of pending) socket.send({ type: "user.message", ...message });
  scrollToEnd();
}

function submit(): void {
  const text = input.value.trim();
  if (!text) return;
  if ([...text].length > MAX_CHARS) {
    statusLine.textContent = `Your message is too long. Please keep it under ${MAX_CHARS} characters.`;
    return;
  }
  const message: PendingMessage = { clientMessageId: newClientMessageId(), text };
  pending.push(message);
  savePending(pending);
  log.append(patientBubble(text, message.clientMessageId, true));
  input.value = "";
  updateCounter();
  socket.send({ type: "user.message", ...message });
  scrollToEnd();
}

function updateCounter(): void {
  const used = [...input.value].length;
  counter.textContent = used > MAX_CHARS - 500 ? `${used} / ${MAX_CHARS}` : "";
}

function renderInfo(): void {
  banner.textContent = info.disclosure.banner;
  disclosure.replaceChildren(
    el("h2", { id: "disclosure-title" }, "Before you start"),
    ...info.disclosure.paragraphs.map((p) => el("p", {}, p)),
  );
  byId("call-link").setAttribute(
    "href",
    `tel:${info.contacts.emergencyNumber.replace(/[^0-9+]/g, "")}`,
  );
  byId("call-link").textContent = `Emergency: call ${info.contacts.emergencyNumber}`;
  byId("person-link").textContent = `Talk to a person: ${info.careTeamContact}`;
}

async function start(): Promise<void> {
  const stored = loadSession();
  const locale = stored?.locale ?? navigator.language ?? "en-US";
  info = await fetchInfo(locale);
  renderInfo();
  if (stored) session = stored;
  else {
    const created = await createConversation(info.locale, info.disclosure.version);
    session = { ...created, locale: info.locale };
    saveSession(session);
  }
  socket = new ChatSocket({
    conversationId: session.id,
    token: session.token,
    onFrame,
    onState: setStatus,
    onReady: () => void syncTranscript(),
  });
  socket.connect();
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  submit();
});
input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    submit();
  }
});
input.addEventListener("input", updateCounter);
byId("new-conversation").addEventListener("click", () => {
  socket?.stop();
  clearSession();
  window.location.reload();
});

start().catch(() => {
  statusLine.dataset.state = "closed";
  statusLine.textContent =
    "careline can't start right now. If this is an emergency, call your local emergency number now; otherwise contact your care team.";
});
