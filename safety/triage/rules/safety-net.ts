// The safety net (P1, P5, P8, N11): a live personal report with a strong danger sign escalates even
// when no specific rule recognises the presentation. Each net stands down when an ordinary rule already
// reached its level (engine.ts `withoutSpareNets`); idioms, negation, questions and history never count.
import type { TriageRule } from "../rule-types.ts";

export const SAFETY_NET_RULES: readonly TriageRule[] = [
  {
    id: "input.emergency.danger_sign",
    level: "emergency",
    disposition: "call_now",
    summary:
      "A strong danger sign that fits no specific pattern: sudden or worst-ever severe pain, grey and clammy, drifting in and out of consciousness, an ambulance needed, or something poisonous swallowed",
    when: { any: ["DANGER_CRITICAL", { all: ["AMBULANCE_TALK", { statement: true }] }] },
    unless: { any: ["SELF_LIMITING", "PALLIATIVE"] },
    personal: true,
    safetyNet: true,
  },
  {
    id: "input.urgent.danger_sign",
    level: "urgent",
    summary:
      "A warning sign that needs a clinician today: severe or uncontrolled pain, getting worse fast, new confusion, not drinking, yellow skin or eyes, or found on the floor",
    when: { any: ["DANGER_SERIOUS", "CONFUSION", "SUDDEN_CONFUSION", "AMBULANCE_TALK"] },
    unless: { any: ["SELF_LIMITING", "PALLIATIVE"] },
    personal: true,
    safetyNet: true,
  },
];
