import { findSelfHarmMethodContent } from "../safety/crisis/index.ts";
import { DEFAULT_INPUT_CHECKS } from "../safety/input-checks.ts";
import type { InputChecks } from "../safety/policy.ts";
import { warmUpInputChecks } from "../safety/warm-up.ts";
import {
  type ContactsDirectory,
  createContactsDirectory,
  loadContactsFile,
} from "./config/contacts.ts";
import { type DatabaseHandle, openDatabase } from "./db/client.ts";
import { databaseConfigFrom } from "./db/database-config.ts";
import type { Env } from "./env.ts";
import { createEventBus } from "./events/create-event-bus.ts";
import type { EventBus } from "./events/event-bus.ts";
import type { StaffHttpDeps } from "./http/staff/types.ts";
import { InFlight } from "./lib/in-flight.ts";
import { KeyedQueue } from "./lib/keyed-queue.ts";
import { createModelStages } from "./llm/create-model-stages.ts";
import { modelConfigFrom, modelModeOf } from "./llm/model-config.ts";
import type { Logger } from "./logger.ts";
import { createRetrievalStages } from "./retrieval/create-retrieval.ts";
import { skeletonStages } from "./services/chat/default-stages.ts";
import type { ChatStages } from "./services/chat/pipeline.ts";
import { createSafetyStage } from "./services/chat/safety-stage.ts";
import type { ChatDeps } from "./services/chat/send-message.ts";
import { createStaffDeps } from "./staff-deps.ts";
import { PatientConnections } from "./ws/patient-connections.ts";

export interface Deps {
  env: Env;
  logger: Logger;
  database: DatabaseHandle;
  contacts: ContactsDirectory;
  chat: ChatDeps;
  connections: PatientConnections;
  modelMode: () => string;
  /** Live updates across instances (LISTEN/NOTIFY on PostgreSQL, in-process on PGlite). */
  events: EventBus;
  staff: StaffHttpDeps;
}

export interface DepsOverrides {
  /** Replace pipeline stages (tests inject spies here). */
  stages?: Partial<ChatStages>;
  /** Replace or add input checks (tests inject failing checks here). */
  inputChecks?: Partial<InputChecks>;
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
  const database = await openDatabase(databaseConfigFrom(env));
  try {
    await database.migrate();
  } catch (error) {
    await database.close();
    throw error;
  }
  let retrieval: Awaited<ReturnType<typeof createRetrievalStages>>;
  try {
    retrieval = await createRetrievalStages(
      database.db,
      { guidanceDir: env.CARELINE_GUIDANCE_DIR, synonymsFile: env.CARELINE_SYNONYMS_FILE },
      logger,
    );
  } catch (error) {
    await database.close();
    throw error;
  }
  const inputChecks: InputChecks = { ...DEFAULT_INPUT_CHECKS, ...overrides.inputChecks };
  await warmUpInputChecks(inputChecks, contacts.forLocale(env.CARELINE_DEFAULT_LOCALE));
  const events = createEventBus(database, logger);
  // With a model configured it answers behind the checked stream, the base responder (guidance
  // only) is its fallback, and a test's `respond` override stands in for that fallback.
  const modelConfig = modelConfigFrom(env);
  const model = modelConfig
    ? createModelStages(modelConfig, logger, findSelfHarmMethodContent)
    : null;
  const withModel = (base: ChatStages, { respond, ...rest }: Partial<ChatStages>): ChatStages => {
    const fallback = { ...base, ...(respond ? { respond } : {}) };
    return { ...(model ? model.withModel(fallback) : fallback), ...rest };
  };
  const chat: ChatDeps = {
    db: database.db,
    events,
    stages: withModel(
      {
        ...skeletonStages,
        assess: createSafetyStage(inputChecks, logger),
        ...retrieval,
      },
      overrides.stages ?? {},
    ),
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
  const connections = new PatientConnections();
  let staff: StaffHttpDeps;
  try {
    staff = await createStaffDeps({
      env,
      database,
      logger,
      patients: connections,
      events,
      sla: chat.sla,
      now: chat.now,
    });
  } catch (error) {
    await database.close();
    throw error;
  }
  return {
    env,
    logger,
    database,
    contacts,
    chat,
    connections,
    modelMode: () => modelModeOf(modelConfig),
    events,
    staff,
  };
}
