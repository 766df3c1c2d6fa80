// Claim, release, reopen and (supervisors) reassign. The state sentence takes focus after each
// change, so keyboard and screen-reader users hear the new state and Tab on from there.
import { el } from "../shared/dom.ts";
import { staffApi } from "./api.ts";
import { formStatus, messageOf, onSubmit } from "./form-kit.ts";
import { roleLabel } from "./labels.ts";
import { can, stateSentence } from "./permissions.ts";
import { hasRole, isMe } from "./session.ts";
import type { QueueItem } from "./types.ts";

export type Transition = "claim" | "release" | "reopen";

export interface ActionHandlers {
  transition(verb: Transition): Promise<void>;
  reassign(staffId: string): Promise<void>;
}

export interface ActionPanel {
  section: HTMLElement;
  state: HTMLParagraphElement;
  update(item: QueueItem): void;
  reset(): void;
}

const LABELS: Record<Transition, string> = {
  claim: "Claim",
  release: "Release to the queue",
  reopen: "Reopen",
};

async function fillStaff(select: HTMLSelectElement): Promise<void> {
  try {
    const { team } = await staffApi.team();
    select.replaceChildren(
      el("option", { value: "" }, "Choose a team member…"),
      ...team.map((user) =>
        el(
          "option",
          { value: user.id },
          `${user.displayName}${isMe(user.id) ? " (you)" : ""}, ${roleLabel(user.role)}`,
        ),
      ),
    );
  } catch {
    select.replaceChildren(el("option", { value: "" }, "Team list unavailable"));
  }
}

export function actionPanel(handlers: ActionHandlers): ActionPanel {
  const state = el("p", { class: "state", id: "packet-state", tabindex: "-1" });
  const errors = formStatus("action-status");
  const buttons = el("div", { class: "actions__buttons" });
  const staffSelect = el("select", { id: "reassign-to" });
  const reassignButton = el("button", { type: "submit", class: "button" }, "Reassign");
  const reassign = el(
    "form",
    { class: "form form--inline", id: "reassign-form" },
    el("label", { for: "reassign-to" }, "Reassign to"),
    staffSelect,
    reassignButton,
  );
  let staffLoaded = false;
  onSubmit(reassign, reassignButton, async () => {
    if (!staffSelect.value) {
      errors.fail("Choose who to reassign it to.");
      staffSelect.focus();
      return;
    }
    errors.clear();
    try {
      await handlers.reassign(staffSelect.value);
    } catch (error) {
      errors.fail(`Not reassigned: ${messageOf(error)}`);
    }
  });

  function button(verb: Transition, primary: boolean): HTMLButtonElement {
    const node = el(
      "button",
      { type: "button", class: primary ? "button button--primary" : "button", "data-action": verb },
      LABELS[verb],
    );
    let busy = false;
    node.addEventListener("click", () => {
      if (busy) return;
      busy = true;
      node.setAttribute("aria-disabled", "true");
      errors.clear();
      handlers
        .transition(verb)
        .catch((error) => errors.fail(`${LABELS[verb]} failed: ${messageOf(error)}`))
        .finally(() => {
          busy = false;
          node.removeAttribute("aria-disabled");
        });
    });
    return node;
  }

  const section = el(
    "section",
    { class: "card actions", id: "actions", "aria-labelledby": "actions-title" },
    el("h2", { id: "actions-title" }, "Status and actions"),
    state,
    buttons,
    reassign,
    errors.node,
  );
  return {
    section,
    state,
    reset() {
      errors.clear();
      staffSelect.value = "";
    },
    update(item) {
      state.textContent = stateSentence(item);
      const hadFocus = buttons.contains(document.activeElement);
      buttons.replaceChildren(
        ...(["claim", "release", "reopen"] as const)
          .filter((verb) => can[verb](item))
          .map((verb) => button(verb, verb !== "release")),
      );
      if (hadFocus) state.focus();
      reassign.hidden = !can.reassign(item);
      if (!reassign.hidden && !staffLoaded && hasRole("supervisor")) {
        staffLoaded = true;
        void fillStaff(staffSelect);
      }
    },
  };
}
