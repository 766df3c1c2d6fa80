import type { ServerFrame } from "./protocol.ts";

type Send = (frame: ServerFrame) => void;

/** Open patient sockets by conversation, so the care team's messages reach the patient live. */
export class PatientConnections {
  private readonly byConversation = new Map<string, Set<Send>>();

  add(conversationId: string, send: Send): () => void {
    let set = this.byConversation.get(conversationId);
    if (!set) {
      set = new Set();
      this.byConversation.set(conversationId, set);
    }
    set.add(send);
    return () => {
      set.delete(send);
      if (set.size === 0) this.byConversation.delete(conversationId);
    };
  }

  has(conversationId: string): boolean {
    return this.byConversation.has(conversationId);
  }

  broadcast(conversationId: string, frame: ServerFrame): number {
    const set = this.byConversation.get(conversationId);
    for (const send of set ?? []) send(frame);
    return set?.size ?? 0;
  }
}
