import type { ResponsePlan } from "../policy.ts";
import type { EmergencyContacts, TriageLevel } from "../types.ts";
import { composeCrisisReply } from "./en/crisis.ts";
import { composeEmergencyReply } from "./en/emergency.ts";
import { composeScopeDecline } from "./en/scope.ts";
import { composeLevelAdvice, composeSafeFallback } from "./en/turn.ts";

// All patient-facing safety wording, in one reviewable place per locale (only English so far).

export { composeDisclosure, DISCLOSURE_VERSION } from "./en/disclosure.ts";
export { composeCrisisFooter, composeEscalationNotice, composeLevelAdvice } from "./en/turn.ts";

/** Vetted text for a plan that doesn't answer from guidance; undefined for "answer". */
export function renderCannedReply(input: {
  plan: ResponsePlan;
  level: TriageLevel;
  contacts: EmergencyContacts;
}): string | undefined {
  const { plan, contacts } = input;
  switch (plan.kind) {
    case "emergency":
      return composeEmergencyReply({ reasons: plan.reasons, contacts });
    case "crisis":
      return composeCrisisReply({ tier: plan.tier, methodSeeking: plan.methodSeeking, contacts });
    case "safe_fallback":
      return composeSafeFallback({ contacts });
    case "decline": {
      const decline = composeScopeDecline({ category: plan.category, contacts });
      const advice =
        input.level === "urgent" ? composeLevelAdvice({ level: "urgent", contacts }) : undefined;
      return advice ? `${decline}\n\n${advice}` : decline;
    }
    case "answer":
      return undefined;
  }
}
