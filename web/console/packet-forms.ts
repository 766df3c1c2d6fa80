// The packet's three writing forms. Internal notes and messages to the patient look and read
// differently on purpose: a note must never be mistaken for something the patient will see.
import { el } from "../shared/dom.ts";
import { type FormStatus, formStatus, markInvalid, messageOf, onSubmit } from "./form-kit.ts";
import { OUTCOME_LABELS } from "./labels.ts";
import { can } from "./permissions.ts";
import { me } from "./session.ts";
import { OUTCOMES, type Outcome, type QueueItem } from "./types.ts";

const MAX_TEXT = 4000;

export interface PacketForm {
  section: HTMLElement;
  update(item: QueueItem): void;
  /** Forgets drafts: a draft written for one patient must never carry over to another. */
  reset(): void;
}

function resetter(status: FormStatus, fields: Array<HTMLTextAreaElement | HTMLSelectElement>) {
  return () => {
    status.clear();
    for (const field of fields) {
      field.value = "";
      markInvalid(field, false);
    }
  };
}

function textArea(id: string, describedBy: string): HTMLTextAreaElement {
  return el("textarea", {
    id,
    rows: "4",
    maxlength: String(MAX_TEXT),
    "aria-describedby": describedBy,
  });
}

/** Submits the trimmed text, refusing an empty one; clears the field only once it was accepted. */
function submitText(
  form: HTMLFormElement,
  button: HTMLButtonElement,
  text: HTMLTextAreaElement,
  status: FormStatus,
  submit: (value: string) => Promise<void>,
  words: { empty: string; done: string; failed: string },
): void {
  onSubmit(form, button, async () => {
    const value = text.value.trim();
    markInvalid(text, !value);
    if (!value) {
      status.fail(words.empty);
      text.focus();
      return;
    }
    status.clear();
    try {
      await submit(value);
      text.value = "";
      status.ok(words.done);
    } catch (error) {
      status.fail(`${words.failed}: ${messageOf(error)}`);
    }
  });
}

export function noteForm(addNote: (text: string) => Promise<void>): PacketForm {
  const status = formStatus("note-status");
  const text = textArea("note-text", "note-hint note-status");
  const button = el("button", { type: "submit", class: "button" }, "Add internal note");
  const form = el(
    "form",
    { class: "form form--internal", "aria-labelledby": "notes-title" },
    el(
      "p",
      { class: "audience audience--internal", id: "note-hint" },
      el("strong", {}, "Internal: never shown to the patient."),
      " Only the care team can read notes.",
    ),
    el("label", { for: "note-text" }, "Internal note (care team only)"),
    text,
    el("div", { class: "form__row" }, button),
    status.node,
  );
  submitText(form, button, text, status, addNote, {
    empty: "Write the note first.",
    done: "Internal note added.",
    failed: "Note not added",
  });
  const list = el("div", { id: "notes-list-wrap" });
  const section = el(
    "section",
    { class: "card", id: "notes", "aria-labelledby": "notes-title" },
    el("h2", { id: "notes-title" }, "Internal notes"),
    list,
    form,
  );
  return { section, update: () => {}, reset: resetter(status, [text]) };
}

export function messageForm(send: (text: string) => Promise<void>): PacketForm {
  const status = formStatus("patient-message-status");
  const text = textArea("patient-message", "patient-message-hint patient-message-status");
  const button = el(
    "button",
    { type: "submit", class: "button button--patient" },
    "Send to patient",
  );
  const hint = el("p", { class: "audience audience--patient", id: "patient-message-hint" });
  const blocked = el("p", { class: "muted", id: "patient-message-blocked" });
  const form = el(
    "form",
    { class: "form form--patient" },
    hint,
    el("label", { for: "patient-message" }, "Message to the patient (they will see this)"),
    text,
    el("div", { class: "form__row" }, button),
    status.node,
  );
  submitText(form, button, text, status, send, {
    empty: "Write the message first.",
    done: "Sent. The patient sees it in their chat now.",
    failed: "Not sent",
  });
  const section = el(
    "section",
    { class: "card card--patient", id: "message-patient", "aria-labelledby": "message-title" },
    el("h2", { id: "message-title" }, "Message the patient"),
    blocked,
    form,
  );
  return {
    section,
    reset: resetter(status, [text]),
    update(item) {
      const allowed = can.message(item);
      form.hidden = !allowed;
      blocked.hidden = allowed;
      blocked.textContent =
        item.status === "resolved"
          ? "This escalation is resolved. Reopen it to message the patient."
          : "Claim this escalation to message the patient, so the team knows who is talking to them.";
      hint.replaceChildren(
        el("strong", {}, "Goes to the patient."),
        ` It appears in their chat as from ${me()?.displayName ?? "you"} (care team, a person), not the AI.`,
      );
    },
  };
}

export function resolveForm(
  resolve: (outcome: Outcome, note: string) => Promise<void>,
): PacketForm {
  const status = formStatus("resolve-status");
  const outcome = el(
    "select",
    { id: "resolve-outcome", required: "", "aria-describedby": "resolve-status" },
    el("option", { value: "" }, "Choose an outcome…"),
    ...OUTCOMES.map((code) => el("option", { value: code }, OUTCOME_LABELS[code])),
  );
  const note = textArea("resolve-note", "resolve-note-hint");
  note.rows = 2;
  const button = el(
    "button",
    { type: "submit", class: "button button--primary" },
    "Resolve escalation",
  );
  const blocked = el("p", { class: "muted" });
  const form = el(
    "form",
    { class: "form" },
    el("label", { for: "resolve-outcome" }, "Outcome"),
    outcome,
    el("label", { for: "resolve-note" }, "Resolution note (optional, internal)"),
    el(
      "p",
      { class: "hint", id: "resolve-note-hint" },
      "Kept with the escalation; never shown to the patient.",
    ),
    note,
    el("div", { class: "form__row" }, button),
    status.node,
  );
  onSubmit(form, button, async () => {
    markInvalid(outcome, !outcome.value);
    if (!outcome.value) {
      status.fail("Choose an outcome first.");
      outcome.focus();
      return;
    }
    status.clear();
    try {
      await resolve(outcome.value as Outcome, note.value.trim());
      outcome.value = "";
      note.value = "";
    } catch (error) {
      status.fail(`Not resolved: ${messageOf(error)}`);
    }
  });
  const section = el(
    "section",
    { class: "card", id: "resolve", "aria-labelledby": "resolve-title" },
    el("h2", { id: "resolve-title" }, "Resolve"),
    blocked,
    form,
  );
  return {
    section,
    reset: resetter(status, [outcome, note]),
    update(item) {
      const allowed = can.resolve(item);
      form.hidden = !allowed;
      blocked.hidden = allowed;
      blocked.textContent =
        item.status === "resolved"
          ? "Already resolved."
          : item.status === "open"
            ? "Claim this escalation before resolving it."
            : "Only the team member who claimed it, or a supervisor, can resolve it.";
    },
  };
}
