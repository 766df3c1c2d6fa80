import {
  type ContactsDirectory,
  createContactsDirectory,
  loadContactsFile,
} from "./config/contacts.ts";
import { type DatabaseHandle, openDatabase } from "./db/client.ts";
import type { Env } from "./env.ts";
import { InFlight } from "./lib/in-flight.ts";
import { KeyedQueue } from "./lib/keyed-queue.ts";
import type { Logger } from "./logger.ts";
import { skeletonStages } from "./services/chat/default-stages.ts";
import type { ChatStages } from "./services/chat/pipeline.ts";
import type { ChatDeps } from "./services/chat/send-message.ts";
import { PatientConnections } from "./ws/patient-connections.ts";

export interface Deps {
  env: Env;
  logger: Logger;
  database: DatabaseHandle;
  contacts: ContactsDirectory;
  chat: ChatDeps;
  connections: PatientConnections;
  modelMode: () => string;
}

export interface DepsOverrides {
  /** Replace pipeline stages (tests inject spies or failing checks here). */
  stages?: Partial<ChatStages>;
  now?: () => Date;
}

/** The composition root: builds every service once from the parsed env. */
export async function createDeps(
  env: Env,
  logger: Logger,
  overrides: DepsOverrides = {},
): Promise<Deps> {
  const contacts = createContactsDirectory(
    env.CARELINE_DEFAULT_LOCALE,
    env.CARELINE_CONTACTS_FILE ? loadContactsFile(env.CARELINE_CONTACTS_FILE) : {},
  );
  const database = await openDatabase(
    env.DATABASE_URL
      ? { kind: "postgres", url: env.DATABASE_URL }
      : {
          kind: "pglite",
          dataDir: env.CARELINE_DATA_DIR === ":memory:" ? undefined : env.CARELINE_DATA_DIR,
        },
  );
  try {
    await database.migrate();
  } catch (error) {
    await database.close();
    throw error;
  }
  const chat: ChatDeps = {
    db: database.db,
    stages: { ...skeletonStages, ...overrides.stages },
    contacts,
    queue: new KeyedQueue(),
    inFlight: new InFlight(),
    logger,
    now: overrides.now ?? (() => new Date()),
    sla: {
      immediateMinutes: env.CARELINE_SLA_IMMEDIATE_MINUTES,
      sameDayHours: env.CARELINE_SLA_SAME_DAY_HOURS,
      routineBusinessDays: env.CARELINE_SLA_ROUTINE_BUSINESS_DAYS,
    },
  };
  return {
    env,
    logger,
    database,
    contacts,
    chat,
    connections: new PatientConnections(),
    modelMode: () => "guidance-only",
  };
}
