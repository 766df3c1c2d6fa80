import type { SlaPolicy } from "./config/sla.ts";
import type { DatabaseHandle } from "./db/client.ts";
import type { Env } from "./env.ts";
import type { EventBus } from "./events/event-bus.ts";
import { startLiveRelay } from "./events/live-relay.ts";
import type { StaffHttpDeps } from "./http/staff/types.ts";
import { dummyPasswordHash } from "./lib/passwords.ts";
import type { Logger } from "./logger.ts";
import { firstAdminHint } from "./services/staff/first-admin-hint.ts";
import type { PatientConnections } from "./ws/patient-connections.ts";
import { StaffConnections } from "./ws/staff-connections.ts";

/** The care-team side of the composition root: the event bus, its relay to sockets, sessions. */
export async function createStaffDeps(input: {
  env: Env;
  database: DatabaseHandle;
  logger: Logger;
  patients: PatientConnections;
  events: EventBus;
  sla: SlaPolicy;
  now: () => Date;
}): Promise<StaffHttpDeps> {
  const { env, database, logger, events, now } = input;
  const staff: StaffHttpDeps = {
    db: database.db,
    logger,
    events,
    sessions: {
      idleMinutes: env.CARELINE_STAFF_IDLE_MINUTES,
      lifetimeHours: env.CARELINE_STAFF_SESSION_HOURS,
    },
    sla: input.sla,
    trustProxy: env.CARELINE_TRUST_PROXY,
    publicOrigin: env.CARELINE_PUBLIC_ORIGIN,
    connections: new StaffConnections(),
    now,
  };
  await events.start();
  startLiveRelay({
    bus: events,
    db: database.db,
    patients: input.patients,
    staff: staff.connections,
    now,
    logger,
  });
  // Warmed now so the first sign-in with an unknown email takes no longer than any other.
  void dummyPasswordHash();
  const hint = await firstAdminHint(database.db, database.kind === "pglite");
  if (hint) logger.warn(hint);
  return staff;
}
