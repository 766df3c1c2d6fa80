import type { SlaPolicy } from "../../config/sla.ts";
import type { Database } from "../../db/client.ts";
import type { EventBus } from "../../events/event-bus.ts";
import type { Logger } from "../../logger.ts";
import type { StaffPrincipal } from "../../services/staff/principal.ts";
import type { SessionPolicy } from "../../services/staff/session-tokens.ts";
import type { StaffConnections } from "../../ws/staff-connections.ts";
import type { AppEnv } from "../types.ts";

export interface StaffHttpDeps {
  db: Database;
  logger: Logger;
  events: EventBus;
  sessions: SessionPolicy;
  sla: SlaPolicy;
  /** Honour X-Forwarded-Proto/-Host from a reverse proxy (CARELINE_TRUST_PROXY). */
  trustProxy: boolean;
  /** careline's public origin when behind a proxy that rewrites Host (CARELINE_PUBLIC_ORIGIN). */
  publicOrigin: string | undefined;
  connections: StaffConnections;
  now: () => Date;
}

export type StaffEnv = {
  Variables: AppEnv["Variables"] & { staff: StaffPrincipal; sessionToken: string };
};
