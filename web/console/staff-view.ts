// The staff list (admins). Accounts are managed with the server's CLI.
import { byId, el } from "../shared/dom.ts";
import { staffApi } from "./api.ts";
import { roleLabel } from "./labels.ts";

export async function loadStaff(): Promise<void> {
  const status = byId("staff-status");
  status.textContent = "Loading…";
  try {
    const { users } = await staffApi.users();
    byId("staff-rows").replaceChildren(
      ...users.map((user) =>
        el(
          "tr",
          {},
          el("td", {}, user.displayName),
          el("td", {}, user.email),
          el("td", {}, roleLabel(user.role)),
          el("td", {}, user.disabled || user.disabledAt ? "Disabled" : "Active"),
        ),
      ),
    );
    status.textContent = `${users.length} ${users.length === 1 ? "account" : "accounts"}.`;
  } catch (error) {
    status.textContent = `Could not load staff: ${error instanceof Error ? error.message : "unknown error"}.`;
  }
}
