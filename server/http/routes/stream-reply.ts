import type { SSEStreamingApi } from "hono/streaming";
import type { ConversationRow } from "../../db/schema/index.ts";
import { type ChatDeps, sendPatientMessage } from "../../services/chat/send-message.ts";
import { ServiceError } from "../../services/errors.ts";
import { errorBody } from "../errors.ts";
import { codeForServiceError } from "../handle-error.ts";

// Once the stream has started the status can't change: failures become an `error` event.
export async function streamReply(
  stream: SSEStreamingApi,
  chat: ChatDeps,
  input: { conversation: ConversationRow; text: string; clientMessageId: string | undefined },
  requestId: string,
): Promise<void> {
  // Writes are chained so events keep their order and the stream closes only after the last one.
  let written: Promise<void> = Promise.resolve();
  const send = (event: string, data: unknown) => {
    written = written
      .then(() => stream.writeSSE({ event, data: JSON.stringify(data) }))
      .catch(() => {});
  };
  try {
    const { reply } = await sendPatientMessage(chat, input, {
      accepted: (message) => send("accepted", { message }),
      delta: (text) => send("delta", { text }),
      retract: (reason) => send("retract", { reason }),
    });
    send("done", reply);
  } catch (error) {
    if (error instanceof ServiceError) {
      send("error", errorBody(codeForServiceError(error), error.message, requestId));
    } else {
      chat.logger.error({ err: error }, "reply stream failed");
      send(
        "error",
        errorBody(
          "INTERNAL_SERVER_ERROR",
          "Something went wrong on our side. Please try again.",
          requestId,
        ),
      );
    }
  }
  await written;
}
