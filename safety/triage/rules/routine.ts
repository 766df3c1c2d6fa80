// Routine (L4: days to 2 weeks) presentations: symptoms persisting for weeks and changes that need a
// planned appointment. Only for a personal report; anything more urgent outranks them.
import type { TriageRule } from "../rule-types.ts";

const WEEKS = { any: ["PERSISTENT", { lastingDays: 14 }] };

export const ROUTINE_RULES: readonly TriageRule[] = [
  {
    id: "input.routine.persistent_heartburn",
    level: "routine",
    summary: "Heartburn or indigestion most days or for weeks",
    when: { all: ["HEARTBURN", WEEKS] },
    personal: true,
    group: "heartburn",
  },
  {
    id: "input.routine.persistent_cough",
    level: "routine",
    summary: "Cough lasting more than 3 weeks",
    when: { all: ["COUGH", { lastingDays: 21 }] },
    personal: true,
    group: "cough",
  },
  {
    id: "input.routine.changing_mole",
    level: "routine",
    summary: "New or changing mole or skin spot",
    when: "MOLE",
    personal: true,
  },
  {
    id: "input.routine.joint_pain",
    level: "routine",
    summary: "Joint pain, stiffness or swelling for weeks",
    when: { all: ["JOINT_PAIN", WEEKS] },
    personal: true,
    group: "joint",
  },
  {
    id: "input.routine.tiredness",
    level: "routine",
    summary: "Tiredness or lack of energy for weeks",
    when: { all: ["TIRED", WEEKS] },
    personal: true,
  },
  {
    id: "input.routine.weight_loss",
    level: "routine",
    summary: "Weight loss without trying",
    when: "WEIGHT_LOSS",
    personal: true,
  },
  {
    id: "input.routine.blood_in_urine_or_stool",
    level: "routine",
    summary: "Blood in the urine or poo, without feeling unwell",
    when: { any: ["URINE_BLOOD", "RECTAL_BLOOD"] },
    personal: true,
  },
  {
    id: "input.routine.swallowing_difficulty",
    level: "routine",
    summary: "Ongoing difficulty swallowing or food sticking",
    when: "SWALLOW_PROBLEM",
    personal: true,
  },
  {
    id: "input.routine.urinary_symptoms",
    level: "routine",
    summary: "Urine infection symptoms without fever or back pain",
    when: "UTI",
    personal: true,
    group: "uti",
  },
  {
    id: "input.routine.heavy_periods",
    level: "routine",
    summary: "Heavy periods",
    when: { all: ["PERIOD", { any: ["HEAVY_BLEEDING", "SEVERE_BLEED"] }] },
    personal: true,
  },
  {
    id: "input.routine.night_sweats",
    level: "routine",
    summary: "Night sweats",
    when: "NIGHT_SWEATS",
    personal: true,
  },
  {
    id: "input.routine.persistent_symptom",
    level: "routine",
    summary: "A symptom that has lasted two weeks or more or keeps coming back",
    when: {
      all: [
        {
          any: [
            "SYMPTOM",
            "COMPLAINT",
            "HEADACHE",
            "ACHES",
            "TIRED",
            "DIARRHOEA",
            "CONSTIPATION",
            "RASH",
            "JOINT_PAIN",
            "BACK_PAIN",
            "ABDO_PAIN",
            "LIGHTHEADED",
            "NAUSEA",
            "EARACHE",
            "SORE_THROAT",
          ],
        },
        WEEKS,
      ],
    },
    personal: true,
    group: "persistent",
  },
];
