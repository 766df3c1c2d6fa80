import type { SelfHarmContentDetector } from "../../safety/output/crisis.ts";
import { createOutputChecks, warmOutputChecks } from "../../safety/output/index.ts";
import type { Logger } from "../logger.ts";
import type { ChatStages } from "../services/chat/pipeline.ts";
import { createCheckedOutput } from "./checked-output.ts";
import { createLangChainModel, LangChainChatModel } from "./langchain-chat-model.ts";
import type { ModelConfig } from "./model-config.ts";
import { createModelResponder } from "./model-responder.ts";
import { ResilientChatModel } from "./resilient-chat-model.ts";
import { createSecondOpinion } from "./second-opinion.ts";

// Puts the model behind the guardrails: it answers, the checked stream guards every sentence, the
// base stages' responder (guidance-only) is the fallback, and its triage second opinion can only
// raise urgency. Without a model configuration none of this is built: guidance-only mode.

export interface ModelStages {
  model: ResilientChatModel;
  withModel(base: ChatStages): ChatStages;
}

// Until the crisis track's detector is wired in, every draft is blocked (fail closed): the patient
// gets the guidance-only answer rather than model text nobody checked for self-harm content.
const detectorPending: SelfHarmContentDetector = () => [
  {
    ruleId: "output.self_harm.unavailable",
    text: "The self-harm content detector is not wired in",
  },
];

export function createModelStages(
  config: ModelConfig,
  logger: Logger,
  findSelfHarmMethodContent: SelfHarmContentDetector = detectorPending,
): ModelStages {
  const model = new ResilientChatModel(
    new LangChainChatModel(createLangChainModel(config), config),
    {
      firstTokenMs: config.timeouts.firstTokenMs,
      idleMs: config.timeouts.idleMs,
      totalMs: config.timeouts.totalMs,
      maxRetries: config.maxRetries,
      breaker: config.breaker,
    },
  );
  const checks = createOutputChecks({ findSelfHarmMethodContent });
  warmOutputChecks(checks);
  return {
    model,
    withModel: (base) => ({
      ...base,
      respond: createModelResponder(model),
      checkOutput: createCheckedOutput({ checks, fallback: base.respond, logger }),
      secondOpinion: createSecondOpinion({ model, logger, timeoutMs: config.timeouts.triageMs }),
    }),
  };
}
