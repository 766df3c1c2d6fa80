import type { TriageLevel } from "../../../safety/types.ts";
import type {
  ConversationRow,
  MessageRow,
  StoredCitation,
  StoredReason,
} from "../../db/schema/index.ts";

// The public API's shapes. Tools outside the codebase rely on these names exactly.

export interface EscalationRef {
  id: string;
  priority: string;
  status: string;
}

export interface ReplyView {
  id: string;
  text: string;
  citations: StoredCitation[];
  triage: { level: TriageLevel; reasons: StoredReason[] };
  safety: { flags: string[] };
  escalation: EscalationRef | null;
}

export interface MessageView {
  id: string;
  role: MessageRow["role"];
  text: string;
  clientMessageId: string | null;
  createdAt: string;
  replyTo?: string;
  triage?: ReplyView["triage"];
  safety?: ReplyView["safety"];
  citations?: StoredCitation[];
  escalation?: EscalationRef | null;
  author?: { kind: "care_team"; name: string };
}

export interface ConversationView {
  id: string;
  locale: string;
  createdAt: string;
  updatedAt: string;
}

export function toConversationView(row: ConversationRow): ConversationView {
  return {
    id: row.id,
    locale: row.locale,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function escalationOf(row: MessageRow): EscalationRef | null {
  const ref = row.meta.escalation as EscalationRef | undefined;
  return ref ?? null;
}

export function toReplyView(row: MessageRow): ReplyView {
  return {
    id: row.id,
    text: row.text,
    citations: row.citations,
    triage: { level: (row.triageLevel ?? "info") as TriageLevel, reasons: row.triageReasons },
    safety: { flags: row.safetyFlags },
    escalation: escalationOf(row),
  };
}

export function toMessageView(row: MessageRow): MessageView {
  const base: MessageView = {
    id: row.id,
    role: row.role,
    text: row.text,
    clientMessageId: row.clientMessageId,
    createdAt: row.createdAt.toISOString(),
  };
  if (row.role === "assistant") {
    const reply = toReplyView(row);
    return {
      ...base,
      ...(row.replyToId ? { replyTo: row.replyToId } : {}),
      triage: reply.triage,
      safety: reply.safety,
      citations: reply.citations,
      escalation: reply.escalation,
    };
  }
  if (row.role === "staff") {
    const name = typeof row.meta.authorName === "string" ? row.meta.authorName : "Care team";
    return { ...base, author: { kind: "care_team", name } };
  }
  return base;
}
