// The public API as an outside client uses it: plain fetch against the listening server.

/** A response body as loosely typed JSON, for assertions. */
export async function jsonOf(response: Response): Promise<any> {
  return response.json();
}

export interface Created {
  id: string;
  token: string;
}

export async function createConversation(baseUrl: string, body?: unknown): Promise<Created> {
  const response = await fetch(`${baseUrl}/api/conversations`, {
    method: "POST",
    headers: body === undefined ? {} : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status !== 201)
    throw new Error(`create failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as Created;
}

export function postMessage(
  baseUrl: string,
  conversation: Created,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return fetch(`${baseUrl}/api/conversations/${conversation.id}/messages`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${conversation.token}`,
      "Content-Type": "application/json",
      Accept: "application/json",
      ...headers,
    },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

export async function sendText(
  baseUrl: string,
  conversation: Created,
  text: string,
  clientMessageId?: string,
) {
  const response = await postMessage(baseUrl, conversation, {
    text,
    ...(clientMessageId ? { clientMessageId } : {}),
  });
  if (response.status !== 200)
    throw new Error(`send failed: ${response.status} ${await response.text()}`);
  return (await response.json()) as { message: Record<string, unknown>; reply: ReplyBody };
}

export interface ReplyBody {
  id: string;
  text: string;
  citations: Array<Record<string, unknown>>;
  triage: { level: string; reasons: Array<{ ruleId: string; text: string }> };
  safety: { flags: string[] };
  escalation: { id: string; priority: string; status: string } | null;
}

export async function getTranscript(baseUrl: string, conversation: Created) {
  const response = await fetch(`${baseUrl}/api/conversations/${conversation.id}`, {
    headers: { Authorization: `Bearer ${conversation.token}` },
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

export interface SseEvent {
  event: string;
  data: any;
}

/** Reads a server-sent event stream to its end. */
export async function readSse(response: Response): Promise<SseEvent[]> {
  const text = await response.text();
  const events: SseEvent[] = [];
  for (const block of text.split("\n\n")) {
    if (!block.trim()) continue;
    let event = "message";
    const data: string[] = [];
    for (const line of block.split("\n")) {
      if (line.startsWith("event:")) event = line.slice(6).trim();
      else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
    }
    events.push({ event, data: JSON.parse(data.join("\n")) });
  }
  return events;
}
