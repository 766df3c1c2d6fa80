import type { TriageOpinion } from "../../prompts/triage-opinion.ts";
import { decideEscalation, priorityRank } from "../../safety/escalation/decide.ts";
import {
  type CrisisTier,
  crisisRank,
  type EmergencyContacts,
  mostUrgent,
  type TriageLevel,
} from "../../safety/types.ts";
import {
  composeRaisedCrisis,
  composeRaisedEmergency,
  secondOpinionReasonText,
} from "../../safety/wording/en/second-opinion.ts";
import {
  composeCrisisFooter,
  composeEscalationNotice,
  composeLevelAdvice,
} from "../../safety/wording/en/turn.ts";
import type { Assessment } from "../services/chat/pipeline.ts";

// Combines the rules' assessment with the model's second opinion: the more urgent level and crisis
// tier win, so the model can raise urgency and never lower it. A raise re-decides the escalation,
// the footer, and (for an emergency or imminent crisis) replaces the answer with vetted wording.

// As in safety/policy.ts: the level a crisis tier implies at the least.
const CRISIS_LEVEL: Record<CrisisTier, TriageLevel> = {
  distress: "routine",
  ideation: "urgent",
  method: "urgent",
  intent: "emergency",
  imminent: "emergency",
};

export function raiseTriage(
  rules: Assessment,
  opinion: TriageOpinion,
  contacts: EmergencyContacts,
): { assessment: Assessment; raised: boolean } {
  const opinionTier = opinion.crisisTier === "none" ? null : opinion.crisisTier;
  const tier =
    crisisRank(opinionTier) > crisisRank(rules.crisisTier) ? opinionTier : rules.crisisTier;
  const level = mostUrgent(
    mostUrgent(rules.triage.level, opinion.level),
    tier ? CRISIS_LEVEL[tier] : "info",
  );
  if (level === rules.triage.level && tier === rules.crisisTier) {
    return { assessment: rules, raised: false };
  }
  const decided = decideEscalation({
    level,
    crisisTier: tier,
    methodSeeking: false,
    checkFailed: rules.flags.includes("check_failed"),
  });
  const escalation =
    decided &&
    (!rules.escalation || priorityRank(decided.priority) > priorityRank(rules.escalation.priority))
      ? decided
      : rules.escalation;
  const flags = [...rules.flags, "triage_raised_by_model"];
  if (crisisRank(tier) >= crisisRank("ideation") && !flags.includes("crisis")) flags.push("crisis");
  const reasons =
    level === rules.triage.level
      ? rules.triage.reasons
      : [
          { ruleId: `model.triage.${level}`, text: secondOpinionReasonText(level) },
          ...rules.triage.reasons,
        ];
  const raised: Assessment = {
    ...rules,
    triage: { level, reasons },
    crisisTier: tier,
    flags,
    escalation,
  };
  delete raised.footer;
  if (tier === "intent" || tier === "imminent") {
    raised.cannedReply = { kind: "crisis_second_opinion", text: composeRaisedCrisis(contacts) };
  } else if (level === "emergency") {
    raised.cannedReply = {
      kind: "emergency_second_opinion",
      text: composeRaisedEmergency(contacts),
    };
  } else {
    const footer = [
      composeLevelAdvice({ level, contacts }),
      escalation ? composeEscalationNotice(escalation.priority) : undefined,
      crisisRank(tier) >= crisisRank("ideation") ? composeCrisisFooter(contacts) : undefined,
    ].filter((part): part is string => Boolean(part));
    if (footer.length > 0) raised.footer = footer.join("\n\n");
  }
  return { assessment: raised, raised: true };
}
