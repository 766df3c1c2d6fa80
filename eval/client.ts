// The public patient API, as any outside tool would call it.

export interface Reply {
  text: string;
  triage: { level: string; reasons: Array<{ ruleId: string }> };
  safety: { flags: string[] };
  escalation: { priority: string } | null;
}

export interface Turned {
  reply: Reply;
  latencyMs: number;
}

export const MAX_CHARS = 4000;

export class PatientClient {
  constructor(private readonly baseUrl: string) {}

  async conversation(locale = "en-US"): Promise<{ id: string; token: string }> {
    const response = await fetch(`${this.baseUrl}/api/conversations`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ locale }),
    });
    if (response.status !== 201) throw new Error(`create conversation: ${response.status}`);
    return (await response.json()) as { id: string; token: string };
  }

  /** Sends one message; text over the API's limit is cut to it (reported by callers). */
  async send(conversation: { id: string; token: string }, text: string): Promise<Turned> {
    const started = performance.now();
    const response = await fetch(`${this.baseUrl}/api/conversations/${conversation.id}/messages`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${conversation.token}`,
        "Content-Type": "application/json",
        Accept: "application/json",
      },
      body: JSON.stringify({ text: [...text].slice(0, MAX_CHARS).join("") }),
    });
    const latencyMs = performance.now() - started;
    const body = (await response.json()) as { reply?: Reply; error?: { message: string } };
    if (!body.reply) throw new Error(`send: ${response.status} ${body.error?.message ?? ""}`);
    return { reply: body.reply, latencyMs };
  }

  /** A fresh conversation per case; every turn sent in order; the last reply returned. */
  async runCase(turns: string[]): Promise<Turned & { latencies: number[] }> {
    const conversation = await this.conversation();
    const latencies: number[] = [];
    let last: Turned | undefined;
    for (const turn of turns) {
      if (!turn.trim()) continue;
      last = await this.send(conversation, turn);
      latencies.push(last.latencyMs);
    }
    if (!last) throw new Error("case has no text");
    return { ...last, latencies };
  }
}
