// Form plumbing shared by the packet's forms: busy state without disabling the focused button
// (a disabled button drops keyboard focus), and errors tied to their field.
import { el } from "../shared/dom.ts";

export interface FormStatus {
  node: HTMLParagraphElement;
  ok(text: string): void;
  fail(text: string): void;
  clear(): void;
}

export function formStatus(id: string): FormStatus {
  const node = el("p", { class: "form-status", id, role: "status" });
  return {
    node,
    ok(text) {
      node.dataset.kind = "ok";
      node.textContent = text;
    },
    fail(text) {
      node.dataset.kind = "error";
      node.textContent = text;
    },
    clear() {
      delete node.dataset.kind;
      node.textContent = "";
    },
  };
}

/** Runs the submit handler once at a time, marking the button busy meanwhile. */
export function onSubmit(
  form: HTMLFormElement,
  button: HTMLButtonElement,
  handler: () => Promise<void>,
): void {
  let busy = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (busy) return;
    busy = true;
    button.setAttribute("aria-disabled", "true");
    handler().finally(() => {
      busy = false;
      button.removeAttribute("aria-disabled");
    });
  });
}

export function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : "Something went wrong.";
}

export function markInvalid(field: HTMLElement, invalid: boolean): void {
  if (invalid) field.setAttribute("aria-invalid", "true");
  else field.removeAttribute("aria-invalid");
}
