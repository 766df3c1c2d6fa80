import type { DatabaseHandle } from "../db/client.ts";
import type { Logger } from "../logger.ts";
import type { EventBus } from "./event-bus.ts";
import { InProcessEventBus } from "./in-process-bus.ts";
import { PostgresEventBus } from "./postgres-bus.ts";

export function createEventBus(database: DatabaseHandle, logger: Logger): EventBus {
  return database.raw.kind === "postgres"
    ? new PostgresEventBus(database.raw.client, logger)
    : new InProcessEventBus(logger);
}
