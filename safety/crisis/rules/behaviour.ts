// Imminent and intent tiers (clinical-safety.md §3.4 Q4–Q6, §3.5 MH-3/MH-4): an attempt in progress,
// means in hand or at a dangerous place → imminent; intent, a plan, preparation or an attempt in the past
// 3 months → intent. Preparation needs no suicide word: stockpiled pills, a rope bought, letters, a date.
import {
  AFFAIRS,
  ARRANGEMENTS,
  anyTwo,
  FAREWELLS,
  GIVING_AWAY,
  IDEATION_CONTEXT,
  LOW_CONTEXT,
  MEANS_READY,
  METHOD_QUESTION,
  SECRET_MEANS,
} from "./context.ts";
import type { CrisisRule, DerivedCrisisRule } from "./types.ts";

/** Means held or set out, or being at the place: what must be happening now for imminent risk. */
const HELD_OR_THERE = [
  "MEANS_AT_HAND",
  "MEANS_AT_HAND_IF_CONTEXT",
  "MEANS_ACCESS_IF_CONTEXT",
  "MEANS_SET_OUT",
  "MEANS_READY_IF_CONTEXT",
  "MEANS_COUNTED",
  "AT_DANGER_NOW",
  "AT_STATION_IF_CONTEXT",
] as const;

/** Ten or more tablets taken at once ("swallowed 40 co-codamol"). */
const LARGE_DOSE_TAKEN = { numberIn: { concept: "PILLS_TAKEN", min: 10 } };

export const BEHAVIOUR_RULES: readonly CrisisRule[] = [
  {
    id: "input.crisis.attempt_in_progress",
    tier: "imminent",
    summary: "Suicide attempt in progress or just made (e.g. has taken the pills)",
    when: {
      any: [
        "ATTEMPT_NOW",
        { all: ["ATTEMPT_NOW_IF_CONTEXT", { any: [LOW_CONTEXT, "REFUSING_HELP"] }] },
        { all: ["ATTEMPT_IF_CONTEXT", "REFUSING_HELP"] },
        { all: [LARGE_DOSE_TAKEN, { any: [LOW_CONTEXT, "REFUSING_HELP"] }] },
        { all: ["ATTEMPT", "RECENT_TIME"] },
      ],
    },
    now: {
      any: [
        "ATTEMPT_NOW",
        "ATTEMPT_NOW_IF_CONTEXT",
        "ATTEMPT_IF_CONTEXT",
        LARGE_DOSE_TAKEN,
        { all: ["ATTEMPT", "RECENT_TIME"] },
      ],
    },
  },
  {
    id: "input.crisis.means_in_hand",
    tier: "imminent",
    summary:
      "Has the means to hand or is at a dangerous place (a height, the railway, a closed garage)",
    when: {
      any: [
        "MEANS_AT_HAND",
        "MEANS_SET_OUT",
        { all: ["AT_DANGER_NOW", { not: "PLACE_BENIGN" }] },
        { all: ["MEANS_AT_HAND_IF_CONTEXT", { any: [LOW_CONTEXT, "JUMP_URGE", "USE_URGE"] }] },
        { all: ["MEANS_READY_IF_CONTEXT", { any: [LOW_CONTEXT, "USE_URGE", METHOD_QUESTION] }] },
        { all: ["AT_DANGER_NOW", { any: [LOW_CONTEXT, "JUMP_URGE"] }] },
        { all: ["AT_STATION_IF_CONTEXT", { any: [IDEATION_CONTEXT, "FRONT_OF_ONE_IF_CONTEXT"] }] },
        { all: ["MEANS_ACCESS_IF_CONTEXT", IDEATION_CONTEXT] },
        { all: ["MEANS_COUNTED", MEANS_READY] },
      ],
    },
    now: { any: [...HELD_OR_THERE] },
  },
  {
    id: "input.crisis.self_harm_injury",
    tier: "imminent",
    summary: "Self-harm injury that may need treatment now",
    when: { all: ["SELF_HARM_INJURY_IF_CONTEXT", { any: ["SELF_HARM", IDEATION_CONTEXT] }] },
    now: "SELF_HARM_INJURY_IF_CONTEXT",
  },
  {
    id: "input.crisis.intent",
    tier: "intent",
    summary: "Says they intend to act on suicidal thoughts",
    when: {
      any: [
        "INTENT",
        {
          all: [
            "INTENT_IF_CONTEXT",
            { any: [IDEATION_CONTEXT, "ATTEMPT_IF_CONTEXT", { all: ["DEADLINE", LOW_CONTEXT] }] },
          ],
        },
      ],
    },
  },
  {
    id: "input.crisis.plan",
    tier: "intent",
    summary:
      "Has a suicide plan or has started preparing (medicine saved up, means obtained, a note or goodbyes, things given away, a date)",
    when: {
      any: [
        "PREPARATION",
        { all: [{ any: ["PLAN_IF_CONTEXT", "PREPARATION_IF_CONTEXT"] }, IDEATION_CONTEXT] },
        { all: ["MEANS_ACQUIRED", LOW_CONTEXT] },
        { all: [FAREWELLS, { any: [LOW_CONTEXT, "FINALITY"] }] },
        { all: [{ any: [AFFAIRS, ARRANGEMENTS] }, { any: [LOW_CONTEXT, "FINALITY"] }] },
        anyTwo(["GOODBYES", GIVING_AWAY, AFFAIRS, ARRANGEMENTS, "MEANS_ACQUIRED", SECRET_MEANS]),
        { all: [SECRET_MEANS, { any: [LOW_CONTEXT, "FINALITY", "WHEN_SET", "DEADLINE"] }] },
        {
          all: [
            { any: ["GOODBYES", GIVING_AWAY, AFFAIRS, ARRANGEMENTS, "PREPARATION_IF_CONTEXT"] },
            { any: ["WHEN_SET", "FINALITY"] },
          ],
        },
        { all: ["FINALITY", "DEADLINE"] },
      ],
    },
  },
  {
    id: "input.crisis.recent_attempt",
    tier: "intent",
    summary: "Suicide attempt within the past 3 months",
    when: {
      any: [
        "ATTEMPT",
        {
          all: [
            "ATTEMPT_IF_CONTEXT",
            { any: [IDEATION_CONTEXT, "INTENT_IF_CONTEXT", "DISTRESS", "REFUSING_HELP"] },
          ],
        },
      ],
    },
  },
];

/** What an imminent rule becomes when its behaviour is over two days old but within 3 months (C-SSRS Q6). */
export const RECENT_BEHAVIOUR: DerivedCrisisRule = {
  id: "input.crisis.recent_behaviour",
  tier: "intent",
  summary: "Suicidal behaviour in the past 3 months",
};
