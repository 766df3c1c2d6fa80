// Same-day (L3) presentations, part 2: injuries, wounds, eyes, allergy, pregnancy and other problems
// that should be seen today (clinical-safety.md §1.2 L3, §1.3 rows 13, 18, 23, 24).
import type { TriageRule } from "../rule-types.ts";

const YOUNG = { any: ["INFANT", "CHILD", { age: { under: 192 } }] };
const PREGNANT = {
  any: ["PREGNANT", "MAYBE_PREGNANT", "GESTATION_AT", { gestationFrom: 1 }],
};

export const URGENT_OTHER_RULES: readonly TriageRule[] = [
  {
    id: "input.urgent.wound_stitches",
    level: "urgent",
    summary: "Deep or gaping cut that may need stitches or glue",
    when: "CUT_DEEP",
    group: "cut",
  },
  {
    id: "input.urgent.vomiting_no_fluids",
    level: "urgent",
    summary: "Vomiting and can't keep fluids down",
    when: "VOMITING_PERSISTENT",
    group: "vomiting",
  },
  {
    id: "input.urgent.spreading_infection",
    level: "urgent",
    summary:
      "Worsening or spreading infection: spreading redness, red streaks, hot swelling or pus",
    when: { any: ["SPREADING_RED", "WOUND_INFECTED"] },
  },
  {
    id: "input.urgent.animal_bite",
    level: "urgent",
    summary: "Animal or human bite that broke the skin",
    when: "ANIMAL_BITE",
  },
  {
    id: "input.urgent.eye_problem",
    level: "urgent",
    summary: "Painful eye, something in the eye, or new flashes, floaters or blurred vision",
    when: { any: ["EYE_PAIN", "VISION_DISTURB", "FLOATERS"] },
    // Eyesight fading over months without pain or floaters is routine (rules/routine-more.ts).
    unless: {
      all: [
        { any: ["GRADUAL", { lastingDays: 21 }] },
        { not: { any: ["EYE_PAIN", "FLOATERS", "SUDDEN"] } },
      ],
    },
    group: "eye",
  },
  {
    id: "input.urgent.head_injury",
    level: "urgent",
    summary:
      "Head injury: a lasting headache, dizziness or feeling sick since, or details not yet known",
    when: {
      all: [
        "HEAD_INJURY",
        { any: ["HEADACHE", "LIGHTHEADED", "NAUSEA", { not: { any: ["MILD", "RESOLVED"] } }] },
      ],
    },
    group: "head_injury",
  },
  {
    id: "input.urgent.fainted",
    level: "urgent",
    summary: "Fainted or blacked out and has come round",
    when: "FAINTED",
    group: "collapse",
  },
  {
    id: "input.urgent.seizure_known_epilepsy",
    level: "urgent",
    summary: "Seizure in someone with known epilepsy that has stopped",
    when: { all: ["SEIZURE", { any: ["EPILEPSY", { lastingDays: 30 }] }] },
    group: "seizure",
  },
  {
    id: "input.urgent.allergic_reaction",
    level: "urgent",
    summary:
      "Allergic reaction (swelling, or hives after a food, medicine or sting) without breathing or throat problems",
    when: {
      any: [
        "ALLERGIC_REACTION",
        "LIP_FACE_SWELL",
        "THROAT_SWOLLEN",
        { all: ["HIVES", "ALLERGY_TRIGGER"] },
      ],
    },
    group: "allergy",
  },
  {
    id: "input.urgent.poison_advice",
    level: "urgent",
    summary:
      "Took a double or extra dose, or a child swallowed a low-risk product: needs poison line or clinician advice today",
    when: {
      any: [
        "DOUBLE_DOSE",
        "MORE_THAN_MAX",
        { all: ["SWALLOWED_SOMETHING", "BENIGN_SUBSTANCE"] },
        { all: [YOUNG, "SWALLOWED_SOMETHING"] },
      ],
    },
    group: "overdose",
  },
  {
    id: "input.urgent.severe_abdominal_pain",
    level: "urgent",
    summary: "Severe tummy pain",
    when: "ABDO_SEVERE",
    group: "abdomen",
  },
  {
    id: "input.urgent.testicle_pain",
    level: "urgent",
    summary: "Testicle pain or swelling",
    when: "TESTICLE_PAIN",
    group: "testicle",
  },
  {
    id: "input.urgent.pregnancy_concern",
    level: "urgent",
    summary:
      "Pregnant with bleeding, tummy pain, fever, persistent vomiting, headache, fainting or waters breaking",
    when: {
      all: [
        PREGNANT,
        {
          any: [
            "BLEEDING",
            "SPOTTING",
            "ONE_SIDED_PAIN",
            "ABDO_PAIN",
            "VOMITING_PERSISTENT",
            { fever: 38 },
            "WATERS_BROKEN",
            "HEADACHE",
            "FAINTED",
            "LIGHTHEADED",
            "ITCH",
            "SHOW",
          ],
        },
      ],
    },
    group: "pregnancy",
  },
  {
    id: "input.urgent.urinary_retention",
    level: "urgent",
    summary: "Can't pass urine or new loss of bladder control",
    when: "BLADDER_NEW",
    group: "cauda_equina",
  },
  {
    id: "input.urgent.injury",
    level: "urgent",
    summary:
      "Injury that may be a broken bone, a burn that isn't minor, or a road accident: needs checking today",
    when: {
      any: [
        "FRACTURE",
        "VEHICLE_CRASH",
        { all: ["BURN", { not: { any: ["BURN_MINOR", "SUNBURN"] } }] },
        { all: ["BURN", YOUNG] },
        {
          all: [
            "INJURY",
            { any: ["SEVERE", "STRONG_PAIN", "CANT_MOVE", "CANT_GET_UP"] },
            { not: "MILD" },
          ],
        },
      ],
    },
    group: "injury",
  },
  {
    id: "input.urgent.stuck_in_throat",
    level: "urgent",
    summary:
      "Something stuck in the throat, still breathing, or a cough that hasn't settled after choking",
    when: { any: ["STUCK_IN_THROAT", { all: ["CHOKING", { any: ["COUGH", "PERSISTENT"] }] }] },
    group: "choking",
  },
  {
    id: "input.urgent.severe_headache",
    level: "urgent",
    summary: "Severe headache with vomiting, fever or vision changes, or one that won't go away",
    when: {
      all: [
        { any: ["SEVERE_HEADACHE", "HEADACHE"] },
        { any: ["VOMITING", "VISION_DISTURB", { fever: 38 }, "PERSISTENT", "SEVERE_HEADACHE"] },
      ],
    },
    unless: { lastingDays: 14 },
    group: "headache",
  },
  {
    id: "input.urgent.sore_throat_severe",
    level: "urgent",
    summary: "Sore throat with difficulty swallowing",
    when: { all: ["SORE_THROAT", "CANT_SWALLOW"] },
    group: "throat",
  },
  {
    id: "input.urgent.heatstroke",
    level: "urgent",
    summary: "Possible heat exhaustion or heatstroke",
    when: "HEATSTROKE",
  },
  {
    id: "input.urgent.palpitations",
    level: "urgent",
    summary: "Racing, pounding or irregular heartbeat",
    when: "PALPITATIONS",
    unless: { lastingDays: 14 },
  },
];
