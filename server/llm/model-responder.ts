import { answerPrompt } from "../../prompts/answer.ts";
import { citedLabels } from "../../safety/output/citations.ts";
import type { Responder } from "../services/chat/pipeline.ts";
import type { ChatModel, StreamEnd } from "./chat-model.ts";
import { modelWindow, redacted } from "./conversation-window.ts";
import { citationsFor, promptPassages } from "./passages.ts";
import { promptSecretsFor } from "./prompt-secrets.ts";

// The model's answer, streamed. Only redacted text goes out: the assessment's redacted message
// (redacted again, which is idempotent) and a redacted window of earlier turns. Every failure is
// thrown as a ModelFailure: only the output stage, which owns what the patient sees, replaces it.

export function createModelResponder(model: ChatModel): Responder {
  return async function* modelResponder(input) {
    const { boundary, canary } = promptSecretsFor(input);
    const messages = answerPrompt.render({
      boundary,
      canary,
      level: input.assessment.triage.level,
      passages: promptPassages(input.passages),
      history: modelWindow(input.turn.history),
      message: redacted(input.assessment.redactedText),
    });
    const started = performance.now();
    let firstToken: number | null = null;
    let text = "";
    const stream = model.stream(messages, { signal: input.signal });
    let end: StreamEnd;
    try {
      for (;;) {
        const next = await stream.next();
        if (next.done) {
          end = next.value;
          break;
        }
        firstToken ??= performance.now() - started;
        text += next.value;
        yield next.value;
      }
    } finally {
      // Stops the model stream if the output stage stopped reading.
      await stream.return(undefined as never);
    }
    const { description } = model;
    return {
      citations: citationsFor(citedLabels(text), input.passages),
      flags: [],
      meta: {
        responder: "model",
        prompt: answerPrompt.ref,
        provider: description.provider,
        model: description.model,
        ...(description.deployment ? { deployment: description.deployment } : {}),
        modelVersion: end.modelVersion,
        passageIds: input.passages.map((p) => p.id),
        usage: end.usage,
        latencyMs: {
          firstToken: firstToken === null ? null : Math.round(firstToken),
          total: Math.round(performance.now() - started),
        },
        attempts: end.attempts,
      },
    };
  };
}
