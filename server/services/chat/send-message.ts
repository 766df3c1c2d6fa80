import type { ContactsDirectory } from "../../config/contacts.ts";
import type { SlaPolicy } from "../../config/sla.ts";
import type { Database } from "../../db/client.ts";
import type { ConversationRow } from "../../db/schema/index.ts";
import type { EventPublisher } from "../../events/event-bus.ts";
import type { InFlight } from "../../lib/in-flight.ts";
import type { KeyedQueue } from "../../lib/keyed-queue.ts";
import type { Logger } from "../../logger.ts";
import {
  type MessageView,
  type ReplyView,
  toMessageView,
  toReplyView,
} from "../conversations/views.ts";
import { announceTurn } from "./announce-turn.ts";
import { loadHistory } from "./history.ts";
import { persistReply } from "./persist-reply.ts";
import type { Assessment, ChatStages, Draft, RespondInput, Turn } from "./pipeline.ts";
import { findReplyTo, insertPatientMessage } from "./store.ts";

export interface ChatDeps {
  db: Database;
  stages: ChatStages;
  contacts: ContactsDirectory;
  queue: KeyedQueue;
  inFlight: InFlight;
  logger: Logger;
  now: () => Date;
  sla: SlaPolicy;
  /** Announces stored turns and escalations to every instance (the care team's live queue). */
  events: EventPublisher;
}

/** What a transport hears while a reply is being composed. */
export interface ReplyListener {
  /** The patient message is stored (or was already, on a retry). */
  accepted(message: MessageView): void;
  delta(text: string): void;
  retract(reason: string): void;
}

export interface SendResult {
  message: MessageView;
  reply: ReplyView;
}

export const silentListener: ReplyListener = { accepted() {}, delta() {}, retract() {} };

/**
 * Takes one patient message through the pipeline. Turns of one conversation run one at a time;
 * a retry with the same clientMessageId returns the stored message and reply.
 */
export function sendPatientMessage(
  deps: ChatDeps,
  input: { conversation: ConversationRow; text: string; clientMessageId: string | undefined },
  listener: ReplyListener,
): Promise<SendResult> {
  return deps.inFlight.track(
    deps.queue.run(input.conversation.id, async () => {
      const { row: message, existed } = await insertPatientMessage(deps.db, {
        conversationId: input.conversation.id,
        text: input.text,
        clientMessageId: input.clientMessageId,
      });
      listener.accepted(toMessageView(message));
      if (existed) {
        const stored = await findReplyTo(deps.db, message.id);
        if (stored) {
          listener.delta(stored.text);
          return { message: toMessageView(message), reply: toReplyView(stored) };
        }
        // The original attempt died before replying (a crash): answer the stored message now.
      }
      const now = deps.now();
      const turn: Turn = {
        conversation: input.conversation,
        message,
        history: await loadHistory(deps.db, message, now),
        contacts: deps.contacts.forLocale(input.conversation.locale),
        now,
      };
      const assessment = await deps.stages.assess(turn);
      const composed = await compose(deps, turn, assessment, listener);
      const { reply, escalation } = await persistReply(deps.db, {
        turn,
        assessment: composed.assessment,
        draft: composed.draft,
        sla: deps.sla,
      });
      // After the reply's transaction committed, never inside it: no console may see an
      // escalation or message that rolled back.
      await announceTurn(deps.events, {
        conversationId: input.conversation.id,
        messageIds: [message.id, reply.id],
        escalation,
      });
      return { message: toMessageView(message), reply: toReplyView(reply) };
    }),
  );
}

async function compose(
  deps: ChatDeps,
  turn: Turn,
  assessment: Assessment,
  listener: ReplyListener,
): Promise<{ draft: Draft; assessment: Assessment }> {
  if (assessment.cannedReply) {
    // Vetted text (emergency, crisis, decline) goes out at once: nothing waits on retrieval or a model.
    listener.delta(assessment.cannedReply.text);
    const draft: Draft = {
      text: assessment.cannedReply.text,
      citations: [],
      flags: [],
      meta: { responder: `canned:${assessment.cannedReply.kind}` },
    };
    return { draft, assessment };
  }
  const signal = new AbortController().signal;
  // Runs beside retrieval and the answer; the output stage awaits it before its last release.
  const reassessed = deps.stages.secondOpinion?.({ turn, assessment, signal });
  const passages = await deps.stages.retrieve({
    text: assessment.redactedText,
    locale: turn.conversation.locale,
    level: assessment.triage.level,
    history: turn.history,
  });
  const input: RespondInput = {
    turn,
    assessment,
    passages,
    signal,
    ...(reassessed && { reassessed }),
  };
  const draft = await deps.stages.checkOutput(input, deps.stages.respond(input), {
    release: (text) => listener.delta(text),
    retract: (reason) => listener.retract(reason),
  });
  // The final level is the more urgent of the rules and the model's second opinion.
  const final = (await reassessed) ?? assessment;
  if (!final.footer) return { draft, assessment: final };
  // The footer is vetted wording (next steps for the level, escalation notice), not model text.
  const footer = `\n\n${final.footer}`;
  listener.delta(footer);
  return { draft: { ...draft, text: `${draft.text}${footer}` }, assessment: final };
}
