// Things that happened, told to every careline instance so their sockets can show them live.
// Events carry ids only (no patient text): each instance reads what it needs from the database,
// and NOTIFY payloads stay small and free of PHI.

export type CarelineEvent =
  | { type: "escalation"; escalationId: string; change: "created" | "updated" }
  | { type: "messages"; conversationId: string; messageIds: string[] }
  | { type: "sessions.ended"; staffId?: string; sessionId?: string };

export type EventHandler = (event: CarelineEvent) => void | Promise<void>;

export interface EventPublisher {
  /** Best effort and never throws: the change is already committed; a console can reload. */
  publish(event: CarelineEvent): Promise<void>;
}

export interface EventBus extends EventPublisher {
  subscribe(handler: EventHandler): () => void;
  start(): Promise<void>;
  close(): Promise<void>;
}
