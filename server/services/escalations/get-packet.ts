import { asc, eq } from "drizzle-orm";
import type { Transaction } from "../../db/client.ts";
import {
  conversations,
  escalationEvents,
  escalations,
  type MessageRow,
  messages,
  staff,
} from "../../db/schema/index.ts";
import { isUuid } from "../../lib/tokens.ts";
import { appendAudit } from "../audit/append-audit.ts";
import {
  type MessageView,
  type ReplyView,
  toMessageView,
  toReplyView,
} from "../conversations/views.ts";
import { auditActor, type StaffContext } from "../staff/principal.ts";
import { type LedgerView, loadLedgers } from "./ledger-view.ts";
import { packetReasons } from "./packet-reasons.ts";
import { loadQueueItem, type QueueItem } from "./queue-item.ts";
import { escalationNotFound } from "./transition.ts";

type Person = { id: string; displayName: string } | null;

export interface PacketView {
  escalation: QueueItem & {
    ruleIds: string[];
    reasons: Array<{ ruleId: string; text: string }>;
    events: Array<{ kind: string; at: string; actor: Person; data: Record<string, unknown> }>;
  };
  trigger: { messageId: string; text: string; at: string } | null;
  ledger: LedgerView[];
  reply: Omit<ReplyView, "id" | "escalation"> | null;
  conversation: { id: string; locale: string; messages: MessageView[] };
  notes: Array<{ id: string; text: string; at: string; author: Person }>;
  sla: { dueAt: string; overdue: boolean; msRemaining: number };
  ageMs: number;
}

function replySummary(reply: MessageRow | undefined): PacketView["reply"] {
  if (!reply) return null;
  const { text, citations, triage, safety } = toReplyView(reply);
  return { text, citations, triage, safety };
}

function loadEvents(tx: Transaction, escalationId: string) {
  return tx
    .select({ event: escalationEvents, actor: { id: staff.id, displayName: staff.displayName } })
    .from(escalationEvents)
    .leftJoin(staff, eq(staff.id, escalationEvents.actorStaffId))
    .where(eq(escalationEvents.escalationId, escalationId))
    .orderBy(asc(escalationEvents.seq));
}

/** Everything a clinician needs to act on one escalation, read and audited in one transaction. */
export async function getPacket(ctx: StaffContext, escalationId: string): Promise<PacketView> {
  if (!isUuid(escalationId)) throw escalationNotFound();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx.select().from(escalations).where(eq(escalations.id, escalationId));
    const item = row && (await loadQueueItem(tx, row.id, ctx.now));
    if (!row || !item) throw escalationNotFound();
    const [conversation] = await tx
      .select()
      .from(conversations)
      .where(eq(conversations.id, row.conversationId));
    const rows = await tx
      .select()
      .from(messages)
      .where(eq(messages.conversationId, row.conversationId))
      .orderBy(asc(messages.seq));
    const events = await loadEvents(tx, row.id);
    const trigger = rows.find((m) => m.id === row.triggerMessageId);
    const reply = rows.find((m) => m.replyToId === row.triggerMessageId);
    const ledgers = await loadLedgers(tx, [row.triggerMessageId]);
    const turnIds = new Set(events.map((e) => e.event.messageId).filter(Boolean));
    const turnReplies = rows.filter((m) => m.replyToId !== null && turnIds.has(m.replyToId));
    await appendAudit(tx, {
      actor: auditActor(ctx.actor),
      action: "escalation.read",
      target: { type: "escalation", id: row.id },
      conversationId: row.conversationId,
      requestId: ctx.requestId,
      detail: { messages: rows.length },
      at: ctx.now,
    });
    const msRemaining = row.slaDueAt.getTime() - ctx.now.getTime();
    return {
      escalation: {
        ...item,
        ruleIds: row.ruleIds,
        reasons: packetReasons(row.ruleIds, turnReplies),
        events: events.map(({ event, actor }) => ({
          kind: event.kind,
          at: event.createdAt.toISOString(),
          actor,
          // A note's text is in `notes`, not repeated in the timeline.
          data: event.kind === "note" ? { noteId: event.id } : event.data,
        })),
      },
      trigger: trigger
        ? { messageId: trigger.id, text: trigger.text, at: trigger.createdAt.toISOString() }
        : null,
      ledger: ledgers.get(row.triggerMessageId) ?? [],
      reply: replySummary(reply),
      conversation: {
        id: row.conversationId,
        locale: conversation?.locale ?? "",
        messages: rows.map(toMessageView),
      },
      notes: events
        .filter((e) => e.event.kind === "note")
        .map(({ event, actor }) => ({
          id: event.id,
          text: String(event.data.text ?? ""),
          at: event.createdAt.toISOString(),
          author: actor,
        })),
      sla: { dueAt: item.slaDueAt, overdue: item.overdue, msRemaining },
      ageMs: ctx.now.getTime() - row.createdAt.getTime(),
    };
  });
}
