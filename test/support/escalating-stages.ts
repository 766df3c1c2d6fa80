import type { EscalationDecision } from "../../safety/escalation/decide.ts";
import { ESCALATION_RULES_VERSION } from "../../safety/escalation/rules.ts";
import type { TriageLevel } from "../../safety/types.ts";
import type { Assessment, ChatStages } from "../../server/services/chat/pipeline.ts";

// An injected input check for tests that need escalations without depending on the triage
// engine's wording: a message containing [emergency], [urgent] or [distress] escalates.

const MARKERS: Array<{
  marker: string;
  level: TriageLevel;
  decision: EscalationDecision;
  crisisTier: Assessment["crisisTier"];
}> = [
  {
    marker: "[emergency]",
    level: "emergency",
    crisisTier: null,
    decision: {
      priority: "immediate",
      queue: "clinical",
      ruleIds: ["escalation.emergency"],
      summary: "Possible emergency: the patient was told to call the emergency number now.",
      rulesVersion: ESCALATION_RULES_VERSION,
    },
  },
  {
    marker: "[urgent]",
    level: "urgent",
    crisisTier: null,
    decision: {
      priority: "same_day",
      queue: "clinical",
      ruleIds: ["escalation.urgent"],
      summary: "Needs a clinician today.",
      rulesVersion: ESCALATION_RULES_VERSION,
    },
  },
  {
    marker: "[distress]",
    level: "routine",
    crisisTier: "distress",
    decision: {
      priority: "routine",
      queue: "behavioural_health",
      ruleIds: ["escalation.crisis_distress"],
      summary: "Distress or low mood without suicidal content: offer follow-up.",
      rulesVersion: ESCALATION_RULES_VERSION,
    },
  },
];

export const escalatingStages: Partial<ChatStages> = {
  assess: async (turn) => {
    const hit = MARKERS.find((m) => turn.message.text.includes(m.marker));
    const reasons = hit
      ? [{ ruleId: `test.${hit.level}`, text: `The test marker ${hit.marker} was present.` }]
      : [];
    return {
      triage: { level: hit?.level ?? "info", reasons },
      flags: [],
      crisisTier: hit?.crisisTier ?? null,
      redactedText: turn.message.text,
      escalation: hit?.decision ?? null,
      ledger: [
        {
          stage: "input",
          checkId: "test.marker",
          version: "1",
          verdict: hit ? "escalate" : "allow",
          ruleIds: hit ? [`test.${hit.level}`] : [],
          durationMs: 0.1,
        },
      ],
      policyVersion: "test",
      ...(hit?.level === "emergency"
        ? { cannedReply: { kind: "emergency", text: "Call your emergency number now." } }
        : {}),
    };
  },
};
