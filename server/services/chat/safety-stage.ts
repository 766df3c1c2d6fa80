import { assessInput, type InputChecks } from "../../../safety/policy.ts";
import {
  composeCrisisFooter,
  composeEscalationNotice,
  composeLevelAdvice,
  renderCannedReply,
} from "../../../safety/wording/index.ts";
import type { Logger } from "../../logger.ts";
import type { Assessment, Turn } from "./pipeline.ts";

/** The assess stage: every input check on every message, with the conversation so far. */
export function createSafetyStage(checks: InputChecks, logger: Logger) {
  return async function assess(turn: Turn): Promise<Assessment> {
    const input = await assessInput(
      {
        text: turn.message.text,
        history: turn.history,
        locale: turn.conversation.locale,
        contacts: turn.contacts,
        now: turn.now,
      },
      checks,
    );
    logger.info(
      {
        level: input.level,
        rules: input.reasons.map((r) => r.ruleId),
        flags: input.flags,
        plan: input.plan.kind,
        escalation: input.escalation?.priority ?? null,
        checkFailed: input.checkFailed,
      },
      "turn assessed",
    );
    // Operators debugging triage see only the redacted text, never the original.
    logger.debug({ redactedText: input.redactedText ?? "[redaction failed]" }, "assessed text");
    const canned = renderCannedReply({
      plan: input.plan,
      level: input.level,
      contacts: turn.contacts,
    });
    const footer = [
      composeLevelAdvice({ level: input.level, contacts: turn.contacts }),
      input.crisis.tier === "distress" ? composeCrisisFooter(turn.contacts) : undefined,
      input.escalation ? composeEscalationNotice(input.escalation.priority) : undefined,
    ].filter((part): part is string => Boolean(part));
    return {
      triage: { level: input.level, reasons: input.reasons },
      flags: input.flags,
      crisisTier: input.crisis.tier,
      redactedText: input.redactedText ?? "",
      ...(canned ? { cannedReply: { kind: input.plan.kind, text: canned } } : {}),
      ...(footer.length > 0 ? { footer: footer.join("\n\n") } : {}),
      escalation: input.escalation,
      ledger: input.ledger,
      policyVersion: input.policyVersion,
    };
  };
}
