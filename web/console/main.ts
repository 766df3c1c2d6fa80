// The care-team console: sign-in, then hash routes for the queue, a packet, the audit log and the
// staff list. Nothing is kept in storage; a reload asks the server who is signed in.
import { byId } from "../shared/dom.ts";
import { addAlert, clearAlert, clearAlerts } from "./alert-strip.ts";
import { announce } from "./announcer.ts";
import { onExpiredSession, StaffApiError, setCsrfToken, staffApi } from "./api.ts";
import { clearAudit, loadAudit, setupAudit } from "./audit-view.ts";
import { levelLabel, priorityLabel, roleLabel } from "./labels.ts";
import { createPacketScreen } from "./packet-view.ts";
import {
  applyEscalation,
  clearQueue,
  focusQueueItem,
  loadQueue,
  markSeen,
  overdueAnnouncement,
  parseStatus,
  queueStore,
  setupQueueView,
  showQueueTools,
} from "./queue-view.ts";
import { hasRole, me, setMe } from "./session.ts";
import { setupSignIn, showSignIn } from "./sign-in-view.ts";
import { startClock } from "./sla-clock.ts";
import { type LiveState, StaffSocket } from "./staff-socket.ts";
import { loadStaff } from "./staff-view.ts";
import type { QueueItem, SessionInfo, StaffFrame } from "./types.ts";

type View = "sign-in" | "queue" | "packet" | "audit" | "staff";
const VIEWS: View[] = ["sign-in", "queue", "packet", "audit", "staff"];

const packet = createPacketScreen({
  watch: (conversationId) => socket.send({ type: "watch", conversationId }),
  unwatch: (conversationId) => socket.send({ type: "unwatch", conversationId }),
});
let signedIn = false;
let readyCount = 0;
let lastView: View | undefined;
let lastPacketId: string | undefined;

function showView(view: View, title: string): void {
  if (lastView === "packet" && view !== "packet") packet.close();
  for (const name of VIEWS) byId(`view-${name}`).hidden = name !== view;
  document.title = `${title} · careline console`;
  const current: Record<string, View> = {
    "nav-queue": "queue",
    "nav-audit": "audit",
    "nav-staff": "staff",
  };
  for (const [id, owner] of Object.entries(current)) {
    const link = byId(id);
    if (owner === view || (owner === "queue" && view === "packet"))
      link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  lastView = view;
}

function navigate(hash: string): void {
  if (window.location.hash === hash) route();
  else window.location.hash = hash;
}

function focusHeading(id: string): void {
  byId(id).focus();
}

function route(): void {
  if (!signedIn) return;
  const [, section, param] = window.location.hash.split("/");
  const from = lastView;
  if (section === "escalations" && param) {
    const id = decodeURIComponent(param);
    showView("packet", "Escalation");
    lastPacketId = id;
    markSeen(id);
    clearAlert(id);
    const loading = packet.open(id, `#/queue/${queueStore.status}`);
    focusHeading("packet-title");
    void loading.then(() => {
      if (document.activeElement === document.body) focusHeading("packet-title");
    });
    return;
  }
  if (section === "audit" && hasRole("supervisor")) {
    showView("audit", "Audit log");
    focusHeading("audit-title");
    void loadAudit();
    return;
  }
  if (section === "staff" && hasRole("admin")) {
    showView("staff", "Staff");
    focusHeading("staff-title");
    void loadStaff();
    return;
  }
  if (section !== "queue" || !param) {
    window.location.replace("#/queue/open");
    return;
  }
  const status = parseStatus(param);
  showView("queue", "Escalation queue");
  if (status === "open") clearAlerts();
  const onTab = document.activeElement?.getAttribute("role") === "tab";
  if (!onTab && from !== "packet") focusHeading("queue-title");
  void loadQueue(status).then(() => {
    // Coming back from a packet, land on the entry just left, as a browser does for a page.
    if (from === "packet" && !(lastPacketId && focusQueueItem(lastPacketId)))
      focusHeading("queue-title");
  });
}

function announceNew(item: QueueItem): void {
  const text = `New ${priorityLabel(item.priority).toLowerCase()} escalation, triage ${levelLabel(item.triage.level).toLowerCase()}: ${item.reason}`;
  announce(text, item.priority === "immediate" ? "assertive" : "polite");
  // On the open queue the entry itself appears, marked New; elsewhere a strip links to it.
  if (!(lastView === "queue" && queueStore.status === "open")) addAlert(item);
}

function onFrame(frame: StaffFrame): void {
  if (frame.type === "escalation.created" || frame.type === "escalation.updated") {
    const isNew = frame.type === "escalation.created";
    const change = applyEscalation(frame.escalation, isNew);
    packet.applyEscalation(frame.escalation);
    if (isNew && (change === "added" || queueStore.status !== "open"))
      announceNew(frame.escalation);
  } else if (frame.type === "message.created") {
    packet.applyMessage(frame.conversationId, frame.message);
  }
}

function setLiveState(state: LiveState): void {
  const node = byId("connection");
  node.dataset.state = state;
  node.textContent =
    state === "open"
      ? "Live updates: on"
      : state === "connecting"
        ? "Live updates: connecting…"
        : "Live updates paused: reconnecting. The queue may be out of date.";
}

const ENDED = "Your session has ended. Sign in again to continue.";

const socket = new StaffSocket({
  onFrame,
  onState: setLiveState,
  onReady() {
    // Frames sent while disconnected are gone: fetch again what is on screen.
    readyCount += 1;
    if (lastView === "queue") void loadQueue(queueStore.status);
    if (lastView === "packet") packet.resync(readyCount > 1);
  },
  onSessionEnded: () => sessionEnded(ENDED),
  onDrop() {
    staffApi.me().catch((error) => {
      if (error instanceof StaffApiError && error.status === 401)
        sessionEnded("Your session has ended. Sign in again to continue.");
    });
  },
});

function enter(session: SessionInfo): void {
  signedIn = true;
  setCsrfToken(session.csrfToken);
  setMe(session.staff);
  byId("nav").hidden = false;
  byId("account").hidden = false;
  byId("nav-audit-item").hidden = !hasRole("supervisor");
  byId("nav-staff-item").hidden = !hasRole("admin");
  byId("whoami").textContent = `${session.staff.displayName} (${roleLabel(session.staff.role)})`;
  showQueueTools();
  readyCount = 0;
  socket.connect();
  route();
}

/** Leaves no patient data on screen or in memory after the session ends. */
function sessionEnded(notice: string): void {
  if (!signedIn && lastView === "sign-in") return;
  signedIn = false;
  socket.stop();
  setCsrfToken(undefined);
  setMe(undefined);
  clearQueue();
  clearAlerts();
  byId("view-packet").replaceChildren();
  clearAudit();
  byId("staff-rows").replaceChildren();
  byId("nav").hidden = true;
  byId("account").hidden = true;
  showView("sign-in", "Sign in");
  showSignIn(notice);
  focusHeading("sign-in-title");
  if (notice) announce(notice);
}

function inPageLinks(event: MouseEvent): void {
  const link = (event.target as Element | null)?.closest?.("a[href^='#']");
  const href = link?.getAttribute("href") ?? "";
  if (!link || href.startsWith("#/") || href.length < 2) return;
  // In-page anchors must not replace the route in the hash.
  event.preventDefault();
  const target = document.getElementById(href.slice(1));
  const focus = target?.matches("section") ? (target.querySelector("h2") ?? target) : target;
  if (!focus) return;
  if (!focus.hasAttribute("tabindex")) focus.setAttribute("tabindex", "-1");
  focus.focus();
  focus.scrollIntoView({ block: "start" });
}

setupSignIn(enter);
setupQueueView(navigate);
setupAudit();
onExpiredSession(() => sessionEnded(ENDED));
byId("sign-out").addEventListener("click", () => {
  staffApi
    .logout()
    .catch(() => {})
    .finally(() => sessionEnded(`${me()?.displayName ?? "You"} signed out.`));
});
document.addEventListener("click", inPageLinks);
window.addEventListener("hashchange", route);
startClock(overdueAnnouncement);

staffApi
  .me()
  .then(enter)
  .catch(() => {
    showView("sign-in", "Sign in");
    showSignIn("");
  });
