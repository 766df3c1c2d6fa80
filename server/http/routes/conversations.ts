import { Hono } from "hono";
import { streamSSE } from "hono/streaming";
import { z } from "zod";
import type { Database } from "../../db/client.ts";
import {
  type ChatDeps,
  sendPatientMessage,
  silentListener,
} from "../../services/chat/send-message.ts";
import { authorizeConversation } from "../../services/conversations/authorize-conversation.ts";
import { createConversation } from "../../services/conversations/create-conversation.ts";
import { getTranscript } from "../../services/conversations/get-transcript.ts";
import { bearerToken } from "../bearer.ts";
import { ApiError } from "../errors.ts";
import type { AppEnv } from "../types.ts";
import { ClientMessageId, Locale, MessageText, readJson } from "../validation.ts";
import { streamReply } from "./stream-reply.ts";

const CreateConversationBody = z.strictObject({
  locale: Locale.optional(),
  disclosureVersion: z.string().min(1).max(64).optional(),
});

export const SendMessageBody = z.strictObject({
  text: MessageText,
  clientMessageId: ClientMessageId.optional(),
});

type ReplyFormat = "json" | "sse";

function negotiate(accept: string | undefined): ReplyFormat {
  const value = (accept ?? "").toLowerCase();
  if (value.includes("text/event-stream")) return "sse";
  if (
    value === "" ||
    value.includes("application/json") ||
    value.includes("*/*") ||
    value.includes("application/*")
  ) {
    return "json";
  }
  throw new ApiError("NOT_ACCEPTABLE", "Accept application/json or text/event-stream");
}

export function conversationRoutes(deps: { db: Database; chat: ChatDeps; defaultLocale: string }) {
  const app = new Hono<AppEnv>();

  app.post("/", async (c) => {
    const body = await readJson(c, CreateConversationBody, { optional: true });
    const created = await createConversation(deps.db, {
      locale: body.locale ?? deps.defaultLocale,
      ...(body.disclosureVersion ? { disclosureVersion: body.disclosureVersion } : {}),
    });
    return c.json(created, 201);
  });

  app.get("/:id", async (c) => {
    const conversation = await authorizeConversation(deps.db, c.req.param("id"), bearerToken(c));
    return c.json(await getTranscript(deps.db, conversation));
  });

  app.post("/:id/messages", async (c) => {
    const token = bearerToken(c);
    const format = negotiate(c.req.header("accept"));
    const body = await readJson(c, SendMessageBody);
    const conversation = await authorizeConversation(deps.db, c.req.param("id"), token);
    const input = { conversation, text: body.text, clientMessageId: body.clientMessageId };
    if (format === "sse")
      return streamSSE(c, (stream) => streamReply(stream, deps.chat, input, c.get("requestId")));
    const { message, reply } = await sendPatientMessage(deps.chat, input, silentListener);
    return c.json({ message, reply });
  });

  return app;
}
