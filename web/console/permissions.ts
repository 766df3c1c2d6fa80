// What the console offers for an escalation. The server enforces the real rules; this only keeps
// the screen from offering actions that would be refused.
import { hasRole, isMe } from "./session.ts";
import type { QueueItem } from "./types.ts";

const mine = (item: QueueItem) => item.status === "claimed" && isMe(item.claimedBy?.id);
const overseer = () => hasRole("supervisor");

export const can = {
  claim: (item: QueueItem) => item.status === "open",
  release: (item: QueueItem) => item.status === "claimed" && (mine(item) || overseer()),
  reopen: (item: QueueItem) => item.status === "resolved",
  reassign: (item: QueueItem) => item.status !== "resolved" && overseer(),
  note: (_item: QueueItem) => true,
  message: (item: QueueItem) => mine(item) || (item.status === "claimed" && overseer()),
  resolve: (item: QueueItem) => mine(item) || (item.status === "claimed" && overseer()),
};

export function stateSentence(item: QueueItem): string {
  switch (item.status) {
    case "open":
      return "Open and not yet claimed. Claim it to take responsibility for this patient.";
    case "claimed":
      return mine(item)
        ? "Claimed by you. Message the patient, add notes, and resolve it when done."
        : `Claimed by ${item.claimedBy?.displayName ?? "another team member"}.`;
    case "resolved":
      return "Resolved. Reopen it if the patient needs more follow-up.";
  }
}
