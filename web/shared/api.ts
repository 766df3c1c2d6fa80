// Typed client for careline's public patient API.

export interface Citation {
  documentId: string;
  version: number;
  title: string;
  section: string;
  url: string;
}

export interface Reply {
  id: string;
  text: string;
  citations: Citation[];
  triage: { level: string; reasons: Array<{ ruleId: string; text: string }> };
  safety: { flags: string[] };
  escalation: { id: string; priority: string; status: string } | null;
}

export interface TranscriptMessage {
  id: string;
  role: "patient" | "assistant" | "staff";
  text: string;
  clientMessageId: string | null;
  createdAt: string;
  replyTo?: string;
  triage?: Reply["triage"];
  safety?: Reply["safety"];
  citations?: Citation[];
  escalation?: Reply["escalation"];
  author?: { kind: "care_team"; name: string };
}

export interface Info {
  locale: string;
  contacts: {
    emergencyNumber: string;
    crisisLines: Array<{ label: string; contact: string }>;
  };
  careTeamContact: string;
  disclosure: { version: string; paragraphs: string[]; banner: string };
}

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, {
    ...init,
    headers: { Accept: "application/json", ...init.headers },
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } }).error;
    throw new ApiRequestError(
      response.status,
      error?.code ?? "UNKNOWN",
      error?.message ?? response.statusText,
    );
  }
  return body as T;
}

export function fetchInfo(locale: string): Promise<Info> {
  return call<Info>(`/api/info?locale=${encodeURIComponent(locale)}`);
}

export function createConversation(locale: string, disclosureVersion: string) {
  return call<{ id: string; token: string }>("/api/conversations", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ locale, disclosureVersion }),
  });
}

export function fetchTranscript(id: string, token: string) {
  return call<{ conversation: { id: string; locale: string }; messages: TranscriptMessage[] }>(
    `/api/conversations/${encodeURIComponent(id)}`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
}
