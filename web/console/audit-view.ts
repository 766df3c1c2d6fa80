// The audit log (supervisors and admins): filters map one-to-one to the API's query parameters;
// "older" pages with the `before` sequence cursor.
import { byId, el } from "../shared/dom.ts";
import { staffApi } from "./api.ts";
import { AUDIT_ACTIONS, roleLabel } from "./labels.ts";
import { formatClock } from "./time.ts";
import type { AuditEvent, AuditFilters } from "./types.ts";

let shown = 0;
let oldest: number | undefined;
let teamLoaded = false;

function localToIso(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

function detailText(detail: unknown): string {
  if (detail === null || detail === undefined) return "—";
  if (typeof detail !== "object") return String(detail);
  const entries = Object.entries(detail as Record<string, unknown>);
  if (!entries.length) return "—";
  return entries
    .map(
      ([key, value]) =>
        `${key}: ${typeof value === "object" ? JSON.stringify(value) : String(value)}`,
    )
    .join("; ");
}

function row(event: AuditEvent): HTMLTableRowElement {
  const target = event.targetType ? `${event.targetType} ${event.targetId ?? ""}`.trim() : "—";
  return el(
    "tr",
    { "data-action": event.action },
    el("td", { class: "num" }, String(event.seq)),
    el("td", { class: "nowrap" }, el("time", { datetime: event.at }, formatClock(event.at))),
    el("td", {}, event.actor?.email ?? "—"),
    el("td", { class: "nowrap" }, el("code", {}, event.action)),
    el("td", { class: "mono" }, target),
    el("td", { class: "mono" }, event.conversationId ?? "—"),
    el("td", { class: "detail" }, detailText(event.detail)),
    el("td", { class: "mono" }, event.requestId ?? "—"),
  );
}

function filters(form: HTMLFormElement): AuditFilters {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "").trim() || undefined;
  return {
    actor: text("actor"),
    action: text("action"),
    conversationId: text("conversationId"),
    from: localToIso(String(data.get("from") ?? "")),
    to: localToIso(String(data.get("to") ?? "")),
    limit: text("limit"),
  };
}

async function loadTeam(): Promise<void> {
  if (teamLoaded) return;
  teamLoaded = true;
  try {
    const { team } = await staffApi.team();
    byId("audit-actor").append(
      ...team.map((member) =>
        el("option", { value: member.id }, `${member.displayName} (${roleLabel(member.role)})`),
      ),
    );
  } catch {
    teamLoaded = false;
  }
}

/** Loads the newest page for the current filters, or with `older` the page after the last row. */
export async function loadAudit(older = false): Promise<void> {
  void loadTeam();
  const form = byId<HTMLFormElement>("audit-filters");
  const status = byId("audit-status");
  const more = byId<HTMLButtonElement>("audit-older");
  status.textContent = "Loading…";
  try {
    const query = filters(form);
    if (older && oldest !== undefined) query.before = String(oldest);
    const { events } = await staffApi.audit(query);
    const rows = byId("audit-rows");
    if (older) rows.append(...events.map(row));
    else rows.replaceChildren(...events.map(row));
    shown = older ? shown + events.length : events.length;
    oldest = events.at(-1)?.seq ?? oldest;
    more.hidden = events.length < Number(query.limit ?? 100);
    status.textContent = shown
      ? `${shown} ${shown === 1 ? "event" : "events"} shown, newest first.`
      : "No events match these filters.";
  } catch (error) {
    status.textContent = `Could not load the audit log: ${error instanceof Error ? error.message : "unknown error"}.`;
  }
}

export function setupAudit(): void {
  const form = byId<HTMLFormElement>("audit-filters");
  byId<HTMLSelectElement>("audit-action").append(
    ...AUDIT_ACTIONS.map((code) => el("option", { value: code }, code)),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void loadAudit();
  });
  form.addEventListener("reset", () => window.setTimeout(() => void loadAudit(), 0));
  byId("audit-older").addEventListener("click", () => void loadAudit(true));
}

export function clearAudit(): void {
  byId("audit-rows").replaceChildren();
  shown = 0;
  oldest = undefined;
}
