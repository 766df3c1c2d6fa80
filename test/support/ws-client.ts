import WebSocket from "ws";

/** A real `ws` client that queues every frame so tests can await them in order. */
export class TestSocket {
  readonly frames: Array<Record<string, any>> = [];
  private waiters: Array<() => void> = [];
  closed: { code: number; reason: string } | undefined;

  private constructor(readonly ws: WebSocket) {
    ws.on("message", (data) => {
      this.frames.push(JSON.parse(String(data)));
      this.notify();
    });
    ws.on("close", (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.notify();
    });
  }

  private notify() {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  static open(
    baseUrl: string,
    conversationId: string,
    protocols: string[] = [],
  ): Promise<TestSocket> {
    const url = `${baseUrl.replace(/^http/, "ws")}/api/conversations/${conversationId}/socket`;
    const ws = new WebSocket(url, protocols);
    const socket = new TestSocket(ws);
    return new Promise((resolve, reject) => {
      ws.once("open", () => resolve(socket));
      ws.once("unexpected-response", (_req, res) =>
        reject(new Error(`upgrade refused: ${res.statusCode}`)),
      );
      ws.once("error", reject);
    });
  }

  send(frame: unknown): void {
    this.ws.send(typeof frame === "string" ? frame : JSON.stringify(frame));
  }

  /** Resolves with the first queued frame matching, removing frames before it. */
  async next(predicate: (frame: Record<string, any>) => boolean = () => true, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.frames.findIndex(predicate);
      if (index >= 0) return this.frames.splice(0, index + 1)[index] as Record<string, any>;
      if (this.closed)
        throw new Error(`socket closed (${this.closed.code}) before a matching frame`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching frame; got ${JSON.stringify(this.frames)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async nextOfType(type: string) {
    return this.next((f) => f.type === type);
  }

  close(): void {
    this.ws.close();
  }
}
