import { fallbackResponder } from "./fallback-responder.ts";
import { passThroughOutput } from "./pass-through-output.ts";
import type { ChatStages } from "./pipeline.ts";

/** The walking skeleton: no checks, no retrieval, the honest fallback answer. */
export const skeletonStages: ChatStages = {
  assess: async (turn) => ({
    triage: { level: "info", reasons: [] },
    flags: [],
    crisisTier: null,
    redactedText: turn.message.text,
    escalation: null,
    ledger: [],
    policyVersion: "none",
  }),
  retrieve: async () => [],
  respond: fallbackResponder,
  checkOutput: passThroughOutput,
};
