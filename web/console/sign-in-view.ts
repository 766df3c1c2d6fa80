// Sign-in: errors are announced (role=alert) and tied to the fields; a lockout says when to retry.
import { byId } from "../shared/dom.ts";
import { StaffApiError, staffApi } from "./api.ts";
import { markInvalid } from "./form-kit.ts";
import type { SessionInfo } from "./types.ts";

function lockoutMessage(seconds: number | undefined): string {
  if (seconds === undefined) return "Too many failed attempts. Wait a few minutes, then try again.";
  const at = new Date(Date.now() + seconds * 1000).toLocaleTimeString(undefined, {
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  });
  const wait = seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  return `Too many failed attempts. Sign-in is locked for this account: try again in ${wait} (after ${at}).`;
}

export function showSignIn(notice: string): void {
  byId("sign-in-notice").textContent = notice;
  byId("sign-in-error").textContent = "";
  const password = byId<HTMLInputElement>("sign-in-password");
  password.value = "";
}

export function setupSignIn(onSignedIn: (session: SessionInfo) => void): void {
  const form = byId<HTMLFormElement>("sign-in-form");
  const email = byId<HTMLInputElement>("sign-in-email");
  const password = byId<HTMLInputElement>("sign-in-password");
  const error = byId("sign-in-error");
  const submit = byId<HTMLButtonElement>("sign-in-submit");
  let busy = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (busy) return;
    const missing = [email, password].filter((field) => !field.value.trim());
    markInvalid(email, missing.includes(email));
    markInvalid(password, missing.includes(password));
    if (missing.length) {
      error.textContent = missing.includes(email)
        ? "Enter your email address."
        : "Enter your password.";
      missing[0]?.focus();
      return;
    }
    busy = true;
    submit.setAttribute("aria-disabled", "true");
    submit.textContent = "Signing in…";
    error.textContent = "";
    staffApi
      .login(email.value.trim(), password.value)
      .then((session) => {
        password.value = "";
        byId("sign-in-notice").textContent = "";
        onSignedIn(session);
      })
      .catch((failure: unknown) => {
        password.value = "";
        if (failure instanceof StaffApiError && failure.status === 429)
          error.textContent = lockoutMessage(failure.retryAfterSeconds);
        else if (failure instanceof StaffApiError && failure.status === 401)
          error.textContent = "Email or password is incorrect.";
        else error.textContent = "Sign-in is not available right now. Try again shortly.";
        password.focus();
      })
      .finally(() => {
        busy = false;
        submit.removeAttribute("aria-disabled");
        submit.textContent = "Sign in";
      });
  });
}
