import type postgres from "postgres";
import { z } from "zod";
import type { Logger } from "../logger.ts";
import type { CarelineEvent, EventBus, EventHandler } from "./event-bus.ts";
import { Handlers } from "./handlers.ts";

export const EVENTS_CHANNEL = "careline_events";

const EventSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("escalation"),
    escalationId: z.uuid(),
    change: z.enum(["created", "updated"]),
  }),
  z.object({
    type: z.literal("messages"),
    conversationId: z.uuid(),
    messageIds: z.array(z.uuid()).max(20),
  }),
  z.object({
    type: z.literal("sessions.ended"),
    staffId: z.uuid().optional(),
    sessionId: z.uuid().optional(),
  }),
]);

/**
 * LISTEN/NOTIFY across every process sharing the database. A process hears its own notifications
 * too, so every instance (this one included) handles an event the same way, exactly once.
 */
export class PostgresEventBus implements EventBus {
  private readonly handlers: Handlers;
  private listening: { unlisten(): Promise<void> } | undefined;

  constructor(
    private readonly sql: postgres.Sql,
    private readonly logger: Logger,
  ) {
    this.handlers = new Handlers(logger);
  }

  async publish(event: CarelineEvent): Promise<void> {
    try {
      await this.sql.notify(EVENTS_CHANNEL, JSON.stringify(event));
    } catch (error) {
      this.logger.warn({ err: error, event: event.type }, "could not publish a live update");
    }
  }

  subscribe(handler: EventHandler): () => void {
    return this.handlers.add(handler);
  }

  async start(): Promise<void> {
    // postgres.js keeps a dedicated connection for LISTEN and re-listens after a reconnect.
    this.listening = await this.sql.listen(EVENTS_CHANNEL, (payload) => {
      let parsed: ReturnType<typeof EventSchema.safeParse>;
      try {
        parsed = EventSchema.safeParse(JSON.parse(payload));
      } catch {
        return this.logger.warn("ignored a malformed live update");
      }
      if (!parsed.success) return this.logger.warn("ignored a malformed live update");
      void this.handlers.deliver(parsed.data as CarelineEvent);
    });
  }

  async close(): Promise<void> {
    await this.listening?.unlisten().catch(() => {});
  }
}
