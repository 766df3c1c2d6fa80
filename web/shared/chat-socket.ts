// A patient chat socket that reconnects with backoff. The token travels as a subprotocol,
// never in the URL (URLs end up in logs and browser history).

export type SocketState = "connecting" | "open" | "closed";

export interface ServerFrame {
  type: string;
  [key: string]: unknown;
}

export interface ChatSocketOptions {
  conversationId: string;
  token: string;
  onFrame(frame: ServerFrame): void;
  onState(state: SocketState): void;
  /** Called each time the server confirms the socket is authorised. */
  onReady(): void;
}

export class ChatSocket {
  private socket: WebSocket | undefined;
  private attempt = 0;
  private timer: number | undefined;
  private stopped = false;

  constructor(private readonly options: ChatSocketOptions) {}

  connect(): void {
    this.stopped = false;
    this.options.onState("connecting");
    const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
    const url = `${scheme}//${window.location.host}/api/conversations/${encodeURIComponent(this.options.conversationId)}/socket`;
    const socket = new WebSocket(url, ["careline.v1", `bearer.${this.options.token}`]);
    this.socket = socket;
    socket.addEventListener("message", (event) => {
      let frame: ServerFrame;
      try {
        frame = JSON.parse(String(event.data)) as ServerFrame;
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
    socket.addEventListener("close", () => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      this.options.onState("closed");
      if (!this.stopped) this.scheduleReconnect();
    });
  }

  get isOpen(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  send(frame: Record<string, unknown>): boolean {
    if (!this.isOpen || !this.socket) return false;
    this.socket.send(JSON.stringify(frame));
    return true;
  }

  stop(): void {
    this.stopped = true;
    window.clearTimeout(this.timer);
    this.socket?.close(1000, "bye");
    this.socket = undefined;
  }

  private scheduleReconnect(): void {
    const delay = Math.min(10_000, 500 * 2 ** this.attempt) * (0.75 + Math.random() * 0.5);
    this.attempt += 1;
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.connect(), delay);
  }
}
