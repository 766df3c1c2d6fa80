// Routine (L4) problems that people often treat as self-care: these need a booked appointment.
import type { TriageRule } from "../rule-types.ts";

const OLDER = { any: ["ELDERLY", { age: { from: 780 } }] };

export const ROUTINE_REVIEW_RULES: readonly TriageRule[] = [
  {
    id: "input.routine.sleep_apnoea",
    level: "routine",
    summary: "Pauses in breathing or gasping while asleep (possible sleep apnoea)",
    when: "SLEEP_APNOEA",
    personal: true,
  },
  {
    id: "input.routine.inflammatory_joints",
    level: "routine",
    summary:
      "Morning joint stiffness lasting 30 minutes or more, or swollen knuckles or small joints (possible inflammatory arthritis)",
    when: {
      any: [
        { all: ["MORNING_STIFF", { any: ["STIFF_LONG", { minutesAtLeast: 30 }] }] },
        { all: ["SWOLLEN_SMALL_JOINTS", { any: ["MORNING_STIFF", "JOINT_PAIN"] }] },
      ],
    },
    personal: true,
  },
  {
    id: "input.routine.ankle_swelling_older",
    level: "routine",
    summary:
      "Ankle or leg swelling in an older person (heart, kidney or medicine causes need checking)",
    when: { all: ["ANKLE_SWELL", OLDER] },
    personal: true,
  },
  {
    id: "input.routine.intermenstrual_bleeding",
    level: "routine",
    summary: "Bleeding between periods or after sex that keeps happening",
    when: { all: ["INTERMENSTRUAL", { any: ["RECURRING", "PERSISTENT", { lastingDays: 28 }] }] },
    personal: true,
  },
  {
    id: "input.routine.treatment_failing",
    level: "routine",
    summary: "A treatment that has stopped working or isn't helping: needs review",
    when: { all: ["TREATMENT_FAILING", { statement: true }] },
    personal: true,
  },
];
