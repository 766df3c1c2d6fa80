import { eq } from "drizzle-orm";
import { pino } from "pino";
import { decideEscalation } from "../../safety/escalation/decide.ts";
import { DEFAULT_INPUT_CHECKS } from "../../safety/input-checks.ts";
import { redactPhi } from "../../safety/phi/index.ts";
import type { TriageLevel } from "../../safety/types.ts";
import { composeLevelAdvice } from "../../safety/wording/en/turn.ts";
import { messages, turnChecks } from "../../server/db/schema/index.ts";
import type { Assessment, Turn } from "../../server/services/chat/pipeline.ts";
import { createSafetyStage } from "../../server/services/chat/safety-stage.ts";
import { azureEnv, type FakeAzureOpenAi } from "../support/fake-azure-openai.ts";
import {
  type Created,
  postMessage,
  type ReplyBody,
  readSse,
  type SseEvent,
} from "../support/http-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { TestSocket } from "../support/ws-client.ts";

// Shared by the model-*.test.ts files: careline on a fresh database talking to the fake Azure
// OpenAI, with input assessments scripted per message so each test controls the rules' level.

export type ScriptedRule =
  | {
      /** The patient message contains this. */
      includes: string;
      level: TriageLevel;
      /** A vetted canned reply (emergency, crisis): nothing downstream may run. */
      canned?: string;
    }
  /** Messages containing this go through careline's real input checks. */
  | { includes: string; real: true };

const realAssess = createSafetyStage(DEFAULT_INPUT_CHECKS, pino({ level: "silent" }));

/**
 * An assess stage with fixed levels for marked messages (info otherwise) and real PHI redaction;
 * messages a `real` rule matches get careline's real input checks.
 */
export function scriptedAssess(rules: ScriptedRule[]) {
  return async (turn: Turn): Promise<Assessment> => {
    const matched = rules.find((r) => turn.message.text.includes(r.includes));
    if (matched && "real" in matched) return realAssess(turn);
    const rule = matched;
    const level = rule?.level ?? "info";
    const phi = redactPhi(turn.message.text);
    const escalation = decideEscalation({
      level,
      crisisTier: null,
      methodSeeking: false,
      checkFailed: false,
    });
    const footer = composeLevelAdvice({ level, contacts: turn.contacts });
    return {
      triage: {
        level,
        reasons: rule ? [{ ruleId: `test.${level}`, text: `scripted ${level}` }] : [],
      },
      flags: phi.entities.length > 0 ? ["phi_redacted"] : [],
      crisisTier: null,
      redactedText: phi.redactedText,
      ...(rule?.canned ? { cannedReply: { kind: level, text: rule.canned } } : {}),
      ...(footer && !rule?.canned ? { footer } : {}),
      escalation,
      ledger: [],
      policyVersion: "test",
    };
  };
}

export async function startModelServer(
  fake: FakeAzureOpenAi,
  options: { env?: Record<string, string>; rules?: ScriptedRule[] } = {},
): Promise<TestServer> {
  return startTestServer({
    database: "pglite",
    env: { ...azureEnv(fake), ...options.env },
    stages: { assess: scriptedAssess(options.rules ?? []) },
  });
}

export interface StreamedTurn {
  events: SseEvent[];
  deltas: string[];
  retracted: string[];
  reply: ReplyBody;
  requestId: string;
}

export async function sseTurn(
  server: TestServer,
  conversation: Created,
  text: string,
): Promise<StreamedTurn> {
  const response = await postMessage(
    server.url,
    conversation,
    { text },
    { Accept: "text/event-stream" },
  );
  const events = await readSse(response);
  const done = events.find((e) => e.event === "done");
  if (!done) throw new Error(`no done event: ${JSON.stringify(events)}`);
  return {
    events,
    deltas: events.filter((e) => e.event === "delta").map((e) => e.data.text),
    retracted: events.filter((e) => e.event === "retract").map((e) => e.data.reason),
    reply: done.data,
    requestId: response.headers.get("x-request-id") ?? "",
  };
}

export async function socketTurn(server: TestServer, conversation: Created, text: string) {
  const socket = await TestSocket.open(server.url, conversation.id, [
    "careline.v1",
    `bearer.${conversation.token}`,
  ]);
  await socket.nextOfType("ready");
  socket.send({ type: "user.message", text, clientMessageId: `ws-${Date.now()}` });
  const frames: Array<Record<string, any>> = [];
  for (;;) {
    const frame = await socket.next((f) => f.type.startsWith("reply.") || f.type === "error");
    frames.push(frame);
    if (frame.type === "reply.done" || frame.type === "error") break;
  }
  socket.close();
  const done = frames.at(-1) ?? {};
  return {
    frames,
    deltas: frames.filter((f) => f.type === "reply.delta").map((f) => f.text as string),
    retracted: frames.filter((f) => f.type === "reply.retract").map((f) => f.reason as string),
    reply: done.reply as ReplyBody,
  };
}

/** Text the patient ends up seeing: deltas after the last retraction. */
export function visibleText(events: Array<{ kind: "delta" | "retract"; text?: string }>): string {
  let text = "";
  for (const e of events) text = e.kind === "retract" ? "" : text + (e.text ?? "");
  return text;
}

export function sseVisible(turn: StreamedTurn): string {
  return visibleText(
    turn.events
      .filter((e) => e.event === "delta" || e.event === "retract")
      .map((e) =>
        e.event === "retract" ? { kind: "retract" } : { kind: "delta", text: e.data.text },
      ),
  );
}

export async function ledgerOf(server: TestServer, replyId: string) {
  return server.deps.database.db.select().from(turnChecks).where(eq(turnChecks.replyId, replyId));
}

export async function metaOf(server: TestServer, replyId: string): Promise<Record<string, any>> {
  const [row] = await server.deps.database.db
    .select()
    .from(messages)
    .where(eq(messages.id, replyId));
  return row?.meta ?? {};
}

export interface TimedEvent extends SseEvent {
  /** performance.now() when the event arrived: comparable with the fake's timestamps. */
  at: number;
}

/** Reads an SSE response as it arrives, stamping each event. */
export async function readSseTimed(response: Response): Promise<TimedEvent[]> {
  const events: TimedEvent[] = [];
  const reader = response.body?.getReader();
  if (!reader) return events;
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf("\n\n");
    while (end >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: ?(.*)$/m.exec(block)?.[1] ?? "message";
      const data = block
        .split("\n")
        .filter((line) => line.startsWith("data:"))
        .map((line) => line.slice(5).trimStart())
        .join("\n");
      if (data) events.push({ event, data: JSON.parse(data), at: performance.now() });
      end = buffer.indexOf("\n\n");
    }
  }
  return events;
}
