// Crisis tiers as declarative rules (clinical-safety.md §3.4–3.5, C-SSRS-informed): wish to be dead or
// active thoughts → ideation; thinking about how → method; intent, plan, preparation or an attempt in the
// past 3 months → intent; attempt in progress, means in hand or injury → imminent.
import type { Condition } from "../text/conditions.ts";
import type { CrisisTier } from "../types.ts";

export interface CrisisRule {
  id: string;
  tier: CrisisTier;
  summary: string;
  when: Condition;
  /** Sets methodSeeking: asking for method, lethality, dose-for-harm or location information. */
  methodSeeking?: boolean;
}

/** Talk of wanting to die, suicide, self-harm or methods: what turns "I have a plan" into a crisis. */
export const IDEATION_CONTEXT: Condition = {
  any: [
    "WISH_DEAD",
    "SUICIDAL",
    "SELF_HARM",
    "ATTEMPT",
    "ATTEMPT_NOW",
    "METHOD_SEEKING",
    "METHOD_THOUGHTS",
    "INTENT",
    "PREPARATION",
  ],
};

/** Any distress in the conversation: what turns "tallest bridges?" into a method question. */
export const DISTRESS_CONTEXT: Condition = {
  any: [IDEATION_CONTEXT, "DISTRESS", "LIFE_EVENT", "GRIEF"],
};

export const CRISIS_RULES: readonly CrisisRule[] = [
  {
    id: "input.crisis.attempt_in_progress",
    tier: "imminent",
    summary: "Suicide attempt in progress or just made (e.g. has taken the pills)",
    when: {
      any: [
        "ATTEMPT_NOW",
        { all: ["ATTEMPT_NOW_IF_CONTEXT", IDEATION_CONTEXT] },
        { all: ["ATTEMPT", "RECENT_TIME"] },
      ],
    },
  },
  {
    id: "input.crisis.means_in_hand",
    tier: "imminent",
    summary: "Has the means to hand or is at a dangerous place while talking about suicide",
    when: { all: ["MEANS_AT_HAND_IF_CONTEXT", IDEATION_CONTEXT] },
  },
  {
    id: "input.crisis.self_harm_injury",
    tier: "imminent",
    summary: "Self-harm injury that may need treatment now",
    when: { all: ["SELF_HARM_INJURY_IF_CONTEXT", { any: ["SELF_HARM", IDEATION_CONTEXT] }] },
  },
  {
    id: "input.crisis.intent",
    tier: "intent",
    summary: "Says they intend to act on suicidal thoughts",
    when: {
      any: ["INTENT", { all: ["INTENT_IF_CONTEXT", IDEATION_CONTEXT] }],
    },
  },
  {
    id: "input.crisis.plan",
    tier: "intent",
    summary: "Has a suicide plan or has started preparing (note, means, goodbyes)",
    when: {
      any: [
        "PREPARATION",
        { all: [{ any: ["PLAN_IF_CONTEXT", "PREPARATION_IF_CONTEXT"] }, IDEATION_CONTEXT] },
      ],
    },
  },
  {
    id: "input.crisis.recent_attempt",
    tier: "intent",
    summary: "Suicide attempt within the past 3 months",
    when: "ATTEMPT",
  },
  {
    id: "input.crisis.method_seeking",
    tier: "method",
    summary: "Asking for suicide method, lethal dose or location information",
    when: { any: ["METHOD_SEEKING", { all: ["METHOD_SEEKING_IF_CONTEXT", DISTRESS_CONTEXT] }] },
    methodSeeking: true,
  },
  {
    id: "input.crisis.method_thoughts",
    tier: "method",
    summary: "Thinking about how they would end their life",
    when: {
      any: ["METHOD_THOUGHTS", { all: ["METHOD_THOUGHTS_IF_CONTEXT", IDEATION_CONTEXT] }],
    },
  },
  {
    id: "input.crisis.suicidal_thoughts",
    tier: "ideation",
    summary: "Suicidal thoughts",
    when: "SUICIDAL",
  },
  {
    id: "input.crisis.wish_to_be_dead",
    tier: "ideation",
    summary: "Wishes to be dead or not to wake up",
    when: "WISH_DEAD",
  },
  {
    id: "input.crisis.self_harm",
    tier: "ideation",
    summary: "Self-harm (thoughts, urges or an ongoing pattern)",
    when: "SELF_HARM",
  },
  {
    id: "input.crisis.distress",
    tier: "distress",
    summary: "Emotional distress or low mood without suicidal content",
    when: { any: ["DISTRESS", "GRIEF"] },
  },
];
