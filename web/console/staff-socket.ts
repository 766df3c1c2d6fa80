// Live queue updates. The session cookie authenticates the upgrade (same origin), so nothing
// secret is in the URL. Reconnects with jittered exponential backoff; every `ready` is a cue to
// resync, because frames sent while we were away are lost.
import type { StaffFrame } from "./types.ts";

export type LiveState = "connecting" | "open" | "closed";

export interface StaffSocketOptions {
  onFrame(frame: StaffFrame): void;
  onState(state: LiveState): void;
  /** The server accepted the session: resync and re-watch. */
  onReady(): void;
  /** The server ended the session (4401), or a drop needs a session check. */
  onSessionEnded(): void;
  onDrop(): void;
}

const MAX_DELAY_MS = 15_000;
const SESSION_ENDED = 4401;

export class StaffSocket {
  private socket: WebSocket | undefined;
  private attempt = 0;
  private timer: number | undefined;
  private stopped = true;

  constructor(private readonly options: StaffSocketOptions) {}

  connect(): void {
    this.stopped = false;
    window.clearTimeout(this.timer);
    this.options.onState("connecting");
    const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
    const socket = new WebSocket(`${scheme}//${window.location.host}/api/staff/socket`);
    this.socket = socket;
    socket.addEventListener("message", (event) => {
      if (this.socket !== socket) return;
      let frame: StaffFrame;
      try {
        frame = JSON.parse(String(event.data)) as StaffFrame;
      } catch {
        return;
      }
      if (frame.type === "ready") {
        this.attempt = 0;
        this.options.onState("open");
        this.options.onReady();
        return;
      }
      this.options.onFrame(frame);
    });
    socket.addEventListener("close", (event) => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      if (this.stopped) return;
      this.options.onState("closed");
      if (event.code === SESSION_ENDED) {
        this.stopped = true;
        this.options.onSessionEnded();
        return;
      }
      this.options.onDrop();
      this.scheduleReconnect();
    });
  }

  /** Sends a frame if connected; the caller re-sends what matters on the next `ready`. */
  send(frame: Record<string, unknown>): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(frame));
  }

  stop(): void {
    this.stopped = true;
    window.clearTimeout(this.timer);
    const socket = this.socket;
    this.socket = undefined;
    socket?.close(1000, "signed out");
  }

  private scheduleReconnect(): void {
    const delay = Math.min(MAX_DELAY_MS, 500 * 2 ** this.attempt) * (0.75 + Math.random() * 0.5);
    this.attempt += 1;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      if (!this.stopped) this.connect();
    }, delay);
  }
}
