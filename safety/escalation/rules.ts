import type { CrisisTier, TriageLevel } from "../types.ts";

// Who on the care team must see a turn, and how fast: policy as data, reviewed like guidance.
// Evaluated top to bottom; every matching rule is considered and the most urgent priority wins.
// Changing a row means bumping ESCALATION_RULES_VERSION (stored with every escalation).

export const ESCALATION_RULES_VERSION = "2026-11-25.1";

export const ESCALATION_PRIORITIES = ["immediate", "same_day", "routine"] as const;
export type EscalationPriority = (typeof ESCALATION_PRIORITIES)[number];

export const ESCALATION_QUEUES = ["clinical", "behavioural_health"] as const;
export type EscalationQueue = (typeof ESCALATION_QUEUES)[number];

export interface EscalationFacts {
  level: TriageLevel;
  crisisTier: CrisisTier | null;
  methodSeeking: boolean;
  checkFailed: boolean;
}

export interface EscalationRule {
  id: string;
  when: (facts: EscalationFacts) => boolean;
  priority: EscalationPriority;
  queue: EscalationQueue;
  /** What the care team reads in the queue. */
  summary: string;
}

export const ESCALATION_RULES: readonly EscalationRule[] = [
  {
    id: "escalation.crisis_imminent",
    when: (f) => f.crisisTier === "intent" || f.crisisTier === "imminent",
    priority: "immediate",
    queue: "behavioural_health",
    summary:
      "Suicidal intent, plan, recent attempt or means at hand: follow the imminent-risk policy now.",
  },
  {
    id: "escalation.emergency",
    when: (f) => f.level === "emergency",
    priority: "immediate",
    queue: "clinical",
    summary:
      "Possible emergency: the patient was told to call the emergency number or go to the emergency department now.",
  },
  {
    id: "escalation.check_failed",
    when: (f) => f.checkFailed,
    priority: "immediate",
    queue: "clinical",
    summary:
      "A safety check failed, so careline could not assess this message: a person needs to read it.",
  },
  {
    id: "escalation.crisis",
    when: (f) => f.crisisTier === "ideation" || f.crisisTier === "method" || f.methodSeeking,
    priority: "same_day",
    queue: "behavioural_health",
    summary:
      "Suicidal thoughts or a request for self-harm information: same-day behavioural-health review.",
  },
  {
    id: "escalation.urgent",
    when: (f) => f.level === "urgent",
    priority: "same_day",
    queue: "clinical",
    summary: "Needs a clinician today.",
  },
  {
    id: "escalation.crisis_distress",
    when: (f) => f.crisisTier === "distress",
    priority: "routine",
    queue: "behavioural_health",
    summary: "Distress or low mood without suicidal content: offer follow-up.",
  },
];
