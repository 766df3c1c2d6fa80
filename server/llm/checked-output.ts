import {
  holdForWholeDraft,
  OUTPUT_POLICY_VERSION,
  SentenceSplitter,
} from "../../safety/output/index.ts";
import {
  OutputLedger,
  type OutputRun,
  runOutputChecks,
} from "../../safety/output/run-output-checks.ts";
import type { OutputCheck, OutputContext } from "../../safety/output/types.ts";
import type { CheckContext, TriageLevel } from "../../safety/types.ts";
import type { Logger } from "../logger.ts";
import { passThroughOutput } from "../services/chat/pass-through-output.ts";
import type {
  Assessment,
  Draft,
  OutputStage,
  OutputStageEvents,
  Responder,
  RespondInput,
} from "../services/chat/pipeline.ts";
import { type ModelFailure, toModelFailure } from "./model-failure.ts";
import { outputPassages } from "./passages.ts";
import { promptSecretsFor } from "./prompt-secrets.ts";

// The checked stream: no model text reaches a patient before the output checks pass it. Plain
// sentences are released one by one as they pass; from the first sentence with a number, dose or
// medicine on, text waits for the whole-draft run. If the model fails or a check blocks, whatever
// was released is retracted and the guidance-only answer (or a vetted emergency reply) goes out.

export const MODEL_UNAVAILABLE = "model_unavailable";
export const OUTPUT_CHECK_FAILED = "output_check_failed";

type Draft0 = AsyncGenerator<string, Omit<Draft, "text">>;

export interface CheckedOutputDeps {
  checks: readonly OutputCheck[];
  /** The guidance-only responder: vetted text, released as it is. */
  fallback: Responder;
  logger: Logger;
}

type Failure = { kind: "model"; failure: ModelFailure } | { kind: "check"; run: OutputRun };

export function createCheckedOutput(deps: CheckedOutputDeps): OutputStage {
  return (input, draft, events) => new CheckedStream(deps, input, events).run(draft);
}

class CheckedStream {
  private readonly ledger = new OutputLedger();
  private readonly splitter = new SentenceSplitter();
  private readonly secrets;
  private readonly base: CheckContext;
  private level: TriageLevel;
  private released = "";
  private seen = "";
  private held: string[] = [];
  private sentences = 0;

  constructor(
    private readonly deps: CheckedOutputDeps,
    private readonly input: RespondInput,
    private readonly events: OutputStageEvents,
  ) {
    this.secrets = promptSecretsFor(input);
    this.level = input.assessment.triage.level;
    const { turn } = input;
    this.base = {
      text: "",
      history: turn.history,
      locale: turn.conversation.locale,
      contacts: turn.contacts,
      now: turn.now,
    };
    // Sentences checked after the second opinion arrives use the raised level straight away.
    input.reassessed?.then((final) => {
      this.level = final.triage.level;
    });
  }

  async run(draft: Draft0): Promise<Draft> {
    let failure: Failure | undefined;
    let outcome: Awaited<ReturnType<CheckedStream["consume"]>> | undefined;
    try {
      outcome = await this.consume(draft);
    } catch (error) {
      failure = { kind: "model", failure: toModelFailure(error) };
    }
    if (outcome && "blocked" in outcome) {
      failure = { kind: "check", run: outcome.blocked };
      // Stops the model: nothing more of this draft will be used.
      await draft.return(undefined as never).catch(() => {});
    }
    const final = (await this.input.reassessed) ?? this.input.assessment;
    if (failure || !outcome || "blocked" in outcome) return this.replace(failure, final);
    if (final.cannedReply) return this.replace(undefined, final);
    const whole = await this.check(this.seen, true, final.triage.level);
    if (whole.blocked) return this.replace({ kind: "check", run: whole }, final);
    for (const sentence of this.held) this.release(sentence);
    return {
      ...outcome.done,
      text: this.released,
      meta: {
        ...outcome.done.meta,
        output: {
          policyVersion: OUTPUT_POLICY_VERSION,
          sentences: this.sentences,
          held: this.held.length,
        },
      },
      ledger: this.ledger.list(),
    };
  }

  /** Reads the draft sentence by sentence until it ends or a check blocks a sentence. */
  private async consume(
    draft: Draft0,
  ): Promise<{ done: Omit<Draft, "text"> } | { blocked: OutputRun }> {
    for (;;) {
      const next = await draft.next();
      const sentences = next.done ? this.splitter.flush() : this.splitter.push(next.value);
      for (const sentence of sentences) {
        const blocked = await this.admit(sentence);
        if (blocked) return { blocked };
      }
      if (next.done) return { done: next.value };
    }
  }

  private async admit(sentence: string): Promise<OutputRun | undefined> {
    this.sentences++;
    this.seen += sentence;
    if (this.held.length > 0 || holdForWholeDraft(sentence)) {
      this.held.push(sentence);
      return undefined;
    }
    const run = await this.check(sentence, false, this.level);
    if (run.blocked) return run;
    this.release(sentence);
    return undefined;
  }

  private check(text: string, complete: boolean, level: TriageLevel): Promise<OutputRun> {
    const ctx: OutputContext = {
      text,
      draft: this.seen,
      complete,
      passages: outputPassages(this.input.passages),
      level,
      canary: this.secrets.canary,
      boundary: this.secrets.boundary,
      instructions: this.secrets.instructions,
    };
    return runOutputChecks(this.deps.checks, ctx, this.base, this.ledger);
  }

  private release(text: string): void {
    this.released += text;
    this.events.release(text);
  }

  /** Withdraws what was released and sends vetted text instead: the emergency reply or the guidance-only answer. */
  private async replace(failure: Failure | undefined, final: Assessment): Promise<Draft> {
    const reason = !failure
      ? "triage_raised"
      : failure.kind === "model"
        ? MODEL_UNAVAILABLE
        : OUTPUT_CHECK_FAILED;
    if (this.released) this.events.retract(reason);
    const model = this.describe(failure);
    if (failure?.kind === "model") {
      this.deps.logger.warn({ model }, "model unavailable: the guidance-only answer was sent");
    } else if (failure) {
      this.deps.logger.warn(
        { ruleIds: failure.run.ruleIds },
        "output check failed: the guidance-only answer was sent",
      );
    }
    const flags = failure ? [reason] : [];
    if (final.cannedReply) {
      this.events.release(final.cannedReply.text);
      return {
        text: final.cannedReply.text,
        citations: [],
        flags,
        meta: { responder: `canned:${final.cannedReply.kind}`, model },
        ledger: this.ledger.list(),
      };
    }
    const fallbackInput: RespondInput = { ...this.input, assessment: final };
    const replacement = await passThroughOutput(
      fallbackInput,
      this.deps.fallback(fallbackInput),
      this.events,
    );
    return {
      ...replacement,
      flags: [...new Set([...replacement.flags, ...flags])],
      meta: { ...replacement.meta, model },
      ledger: this.ledger.list(),
    };
  }

  private describe(failure: Failure | undefined): Record<string, unknown> {
    if (!failure) return { replacedBy: "triage_raised" };
    if (failure.kind === "check") return { blockedBy: failure.run.ruleIds };
    const { kind, detail } = failure.failure;
    return { failure: kind, ...detail };
  }
}
