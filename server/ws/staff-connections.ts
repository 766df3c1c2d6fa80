import type { StaffRole } from "../db/schema/index.ts";
import type { StaffFrame } from "./staff-protocol.ts";

export interface StaffConnection {
  staffId: string;
  sessionId: string;
  role: StaffRole;
  /** Conversations this socket asked to follow (each watch was audited as a read). */
  watching: Set<string>;
  send(frame: StaffFrame): void;
  close(code: number, reason: string): void;
}

/** Open care-team console sockets on this instance. */
export class StaffConnections {
  private readonly open = new Set<StaffConnection>();

  add(connection: StaffConnection): () => void {
    this.open.add(connection);
    return () => this.open.delete(connection);
  }

  get size(): number {
    return this.open.size;
  }

  broadcast(frame: StaffFrame): void {
    for (const connection of this.open) connection.send(frame);
  }

  watchers(conversationId: string): StaffConnection[] {
    return [...this.open].filter((c) => c.watching.has(conversationId));
  }

  /** Closes the sockets of a session that ended (logout) or of a person disabled. */
  endSessions(match: { staffId?: string; sessionId?: string }): void {
    for (const connection of this.open) {
      if (connection.sessionId === match.sessionId || connection.staffId === match.staffId) {
        connection.close(4401, "session ended");
      }
    }
  }
}
