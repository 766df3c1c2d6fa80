import { TriageOpinion, triageOpinionPrompt } from "../../prompts/triage-opinion.ts";
import type { LedgerEntry } from "../../safety/run-checks.ts";
import type { Logger } from "../logger.ts";
import type { Assessment, Turn } from "../services/chat/pipeline.ts";
import type { ChatModel } from "./chat-model.ts";
import { redacted } from "./conversation-window.ts";
import { toModelFailure } from "./model-failure.ts";
import { randomToken } from "./prompt-secrets.ts";
import { raiseTriage } from "./raise-triage.ts";
import type { ResilientCallOptions } from "./resilient-chat-model.ts";

// The model's triage second opinion: a structured classification that runs beside retrieval and
// the answer. It can only raise urgency. It never rejects: a failed or malformed opinion leaves the
// rules' level standing, and either way the outcome is recorded in the turn's ledger.

export const SECOND_OPINION_CHECK_ID = "input.model_triage";
const EARLIER_PATIENT_TURNS = 4;

export interface SecondOpinionInput {
  turn: Turn;
  assessment: Assessment;
  signal: AbortSignal;
}

export type SecondOpinion = (input: SecondOpinionInput) => Promise<Assessment>;

export function createSecondOpinion(deps: {
  model: ChatModel;
  logger: Logger;
  timeoutMs: number;
}): SecondOpinion {
  return async ({ turn, assessment, signal }) => {
    const started = performance.now();
    const entry = (fields: Pick<LedgerEntry, "verdict" | "ruleIds"> & Partial<LedgerEntry>) => ({
      stage: "input" as const,
      checkId: SECOND_OPINION_CHECK_ID,
      version: triageOpinionPrompt.version,
      durationMs: performance.now() - started,
      ...fields,
    });
    const messages = triageOpinionPrompt.render({
      boundary: randomToken(),
      earlier: turn.history
        .filter((t) => t.role === "patient")
        .slice(-EARLIER_PATIENT_TURNS)
        .map((t) => redacted(t.text)),
      message: redacted(assessment.redactedText),
    });
    try {
      const options: ResilientCallOptions = { signal, totalMs: deps.timeoutMs };
      const { value } = await deps.model.structured(
        messages,
        TriageOpinion,
        "triage_opinion",
        options,
      );
      const { assessment: final, raised } = raiseTriage(assessment, value, turn.contacts);
      const ruleIds = raised ? [`model.triage.${final.triage.level}`] : [];
      return {
        ...final,
        ledger: [...final.ledger, entry({ verdict: raised ? "escalate" : "allow", ruleIds })],
      };
    } catch (error) {
      const failure = toModelFailure(error);
      deps.logger.warn(
        { secondOpinion: { failure: failure.kind, ...failure.detail } },
        "triage second opinion unavailable: the rules' level stands",
      );
      return {
        ...assessment,
        ledger: [
          ...assessment.ledger,
          entry({
            verdict: "error",
            ruleIds: [`model.triage.${failure.kind}`],
            failure: failure.kind === "timeout" ? "timeout" : "exception",
          }),
        ],
      };
    }
  };
}
