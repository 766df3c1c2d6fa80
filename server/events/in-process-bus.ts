import type { Logger } from "../logger.ts";
import type { CarelineEvent, EventBus, EventHandler } from "./event-bus.ts";
import { Handlers } from "./handlers.ts";

/** One process (PGlite allows no other): events go straight to this process's subscribers. */
export class InProcessEventBus implements EventBus {
  private readonly handlers: Handlers;

  constructor(logger: Logger) {
    this.handlers = new Handlers(logger);
  }

  async publish(event: CarelineEvent): Promise<void> {
    // Delivered after the publisher's own work, as a NOTIFY would be.
    setImmediate(() => void this.handlers.deliver(event));
  }

  subscribe(handler: EventHandler): () => void {
    return this.handlers.add(handler);
  }

  async start(): Promise<void> {}

  async close(): Promise<void> {}
}
