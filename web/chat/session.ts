// The conversation id and token live in sessionStorage: gone when the tab closes, never in a URL.

export interface Session {
  id: string;
  token: string;
  locale: string;
}

export interface PendingMessage {
  clientMessageId: string;
  text: string;
}

const SESSION_KEY = "careline.session";
const PENDING_KEY = "careline.pending";

function read<T>(key: string): T | undefined {
  try {
    const raw = sessionStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function loadSession(): Session | undefined {
  const value = read<Session>(SESSION_KEY);
  return value && typeof value.id === "string" && typeof value.token === "string"
    ? value
    : undefined;
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(SESSION_KEY);
  sessionStorage.removeItem(PENDING_KEY);
}

export function loadPending(): PendingMessage[] {
  return read<PendingMessage[]>(PENDING_KEY) ?? [];
}

export function savePending(pending: PendingMessage[]): void {
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
}

export function newClientMessageId(): string {
  return `m-${crypto.randomUUID()}`;
}
