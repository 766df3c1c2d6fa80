import type { Logger } from "../logger.ts";
import type { CarelineEvent, EventHandler } from "./event-bus.ts";

/** The subscriber list both buses share: one failing handler never stops the others. */
export class Handlers {
  private readonly handlers = new Set<EventHandler>();

  constructor(private readonly logger: Logger) {}

  add(handler: EventHandler): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  async deliver(event: CarelineEvent): Promise<void> {
    for (const handler of this.handlers) {
      try {
        await handler(event);
      } catch (error) {
        this.logger.error({ err: error, event: event.type }, "event handler failed");
      }
    }
  }
}
