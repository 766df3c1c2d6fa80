import type { Database } from "../../db/client.ts";
import type { EventPublisher } from "../../events/event-bus.ts";
import type { StaffPrincipal } from "./principal.ts";

/** Staff management runs from the admin API (an actor) or the `npm run staff` CLI (no actor). */
export interface AdminContext {
  db: Database;
  now: Date;
  actor: StaffPrincipal | null;
  requestId?: string;
  events?: EventPublisher;
  via: "api" | "cli";
}
