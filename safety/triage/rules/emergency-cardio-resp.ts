// Emergencies of the heart, chest and airway: cardiac chest pain incl. atypical presentations (P3),
// aortic dissection, pulmonary embolism, severe breathing difficulty and asthma, anaphylaxis, choking
// and drowning (§1.3 rows 2–4, 6, 7, 25).
import type { TriageRule } from "../rule-types.ts";

// Signs of shock or of the dissection reaching the brain, which outweigh an everyday explanation.
const SHOCKED = {
  any: [
    "FAINTED",
    "LIGHTHEADED",
    "COLLAPSED",
    "SWEATING",
    "BREATHLESS",
    "BREATHLESS_SEVERE",
    "ONE_SIDE",
    "LIMB_WEAK",
    "SPEECH",
  ],
};
const STRONG = { any: ["STRONG_PAIN", "SEVERE", "DANGER_CRITICAL", "DANGER_SERIOUS"] };

const BREATH_OR_SWEAT = {
  any: [
    "SWEATING",
    "BREATHLESS",
    "BREATHLESS_SEVERE",
    "NAUSEA",
    "LIGHTHEADED",
    "FAINTED",
    "PALPITATIONS",
  ],
};

export const EMERGENCY_CARDIO_RESP_RULES: readonly TriageRule[] = [
  {
    id: "input.emergency.heart_attack",
    level: "emergency",
    disposition: "call_now",
    summary:
      "Possible heart attack: chest pain, pressure or tightness, or pain spreading to the arm, jaw or back with sweating or breathlessness",
    when: {
      any: [
        "HEART_ATTACK",
        {
          all: [
            "CHEST_PAIN",
            {
              not: {
                any: ["CHEST_WALL", { lastingDays: 3 }, { all: ["CHEST_ANXIETY", "SETTLES"] }],
              },
            },
          ],
        },
        { all: ["CHEST_PAIN", { any: ["RADIATING", BREATH_OR_SWEAT] }] },
        {
          all: [
            "RADIATING",
            { any: ["SWEATING", "BREATHLESS", "BREATHLESS_SEVERE", "NAUSEA", "LIGHTHEADED"] },
          ],
        },
        { all: ["HEARTBURN", { any: ["SWEATING", "RADIATING", "BREATHLESS_SEVERE"] }] },
      ],
    },
    group: "chest_pain",
  },
  {
    id: "input.emergency.aortic_dissection",
    level: "emergency",
    disposition: "call_now",
    summary:
      "Tearing or ripping pain in the chest or through to the back, or sudden severe pain between the shoulder blades: possible aortic dissection",
    // A tear felt while lifting or at sport is usually a muscle, unless they are faint, sweaty or breathless.
    when: {
      any: [
        {
          all: [
            "TEARING_PAIN",
            { not: "TORN_FEELINGS" },
            { any: [{ not: "STRAIN_CAUSE" }, SHOCKED] },
          ],
        },
        { all: ["AORTIC_SITE", "SUDDEN", STRONG, { not: "STRAIN_CAUSE" }] },
        { all: ["AORTIC_SITE", { any: ["SUDDEN", STRONG] }, SHOCKED] },
        // A weak aorta (Marfan, Ehlers-Danlos, known aneurysm) lowers the bar: sudden or new is enough.
        {
          all: [
            "AORTIC_SITE",
            "AORTIC_RISK",
            { any: ["SUDDEN", STRONG, "RECENT_ONSET"] },
            { not: "STRAIN_CAUSE" },
          ],
        },
      ],
    },
  },
  {
    id: "input.emergency.pulmonary_embolism",
    level: "emergency",
    disposition: "call_now",
    summary:
      "Possible blood clot in the lung: coughing up blood, or sudden breathlessness or chest pain with a swollen leg or recent surgery or travel",
    when: {
      any: [
        "COUGH_BLOOD_LOTS",
        {
          all: [
            "COUGH_BLOOD",
            {
              any: [
                "BREATHLESS",
                "BREATHLESS_SEVERE",
                "CHEST_PAIN",
                "PLEURITIC",
                "CALF_DVT",
                "CLOT_RISK",
              ],
            },
          ],
        },
        {
          all: [
            "CALF_DVT",
            { any: ["BREATHLESS", "BREATHLESS_SEVERE", "PLEURITIC", "CHEST_PAIN"] },
          ],
        },
        {
          all: [
            { any: ["CLOT_RISK", "POSTPARTUM", "PREGNANT"] },
            {
              any: [
                "PLEURITIC",
                "BREATHLESS_SEVERE",
                {
                  all: ["BREATHLESS", { any: ["SUDDEN", "CHEST_PAIN", "LIGHTHEADED", "FAINTED"] }],
                },
              ],
            },
          ],
        },
        { all: ["PLEURITIC", "BREATHLESS", "SUDDEN"] },
      ],
    },
    group: "clot",
  },
  {
    id: "input.emergency.breathing_severe",
    level: "emergency",
    disposition: "call_now",
    summary: "Severe breathing difficulty: can't breathe or speak in sentences, blue or grey lips",
    when: {
      any: [
        "BREATHLESS_SEVERE",
        "BLUE",
        { all: ["BREATHLESS", "SUDDEN"] },
        { all: ["BREATHLESS", { any: ["CONFUSION", "DROWSY"] }] },
        {
          all: [
            "STRIDOR",
            {
              any: [
                "DROOLING",
                "CANT_SWALLOW",
                "BREATHLESS",
                "CHEST_INDRAWING",
                "DROWSY",
                "ASTHMA_EXHAUSTED",
              ],
            },
          ],
        },
        { all: ["DROOLING", "CANT_SWALLOW", { any: ["WHEEZE", "BREATHLESS", "FEVER"] }] },
      ],
    },
    group: "breathing",
  },
  {
    id: "input.emergency.asthma_severe",
    level: "emergency",
    disposition: "call_now",
    summary: "Severe asthma attack: reliever inhaler not helping, struggling to breathe or speak",
    when: {
      any: [
        {
          all: [
            "ASTHMA",
            { any: ["INHALER_FAIL", "BREATHLESS_SEVERE", "BLUE", "ASTHMA_EXHAUSTED", "CANT_TALK"] },
          ],
        },
        { all: [{ any: ["WHEEZE", "BREATHLESS"] }, { any: ["INHALER_FAIL", "ASTHMA_EXHAUSTED"] }] },
      ],
    },
    group: "breathing",
  },
  {
    id: "input.emergency.anaphylaxis",
    level: "emergency",
    disposition: "call_now",
    summary:
      "Possible anaphylaxis: swelling of the throat, tongue or lips, or wheeze or faintness after a trigger, or an adrenaline pen used",
    when: {
      any: [
        "AIRWAY_SWELL",
        "ANAPHYLAXIS",
        "EPIPEN_USED",
        {
          all: ["THROAT_SWOLLEN", { not: { any: ["SORE_THROAT", "COLD", "INFECTION", "FEVER"] } }],
        },
        {
          all: [
            { any: ["LIP_FACE_SWELL", "THROAT_SWOLLEN"] },
            {
              any: [
                "ALLERGY_TRIGGER",
                "ALLERGIC_REACTION",
                "HIVES",
                "SUDDEN",
                "WHEEZE",
                "BREATHLESS",
                "BREATHLESS_SEVERE",
                "CANT_SWALLOW",
              ],
            },
          ],
        },
        {
          all: [
            { any: ["ALLERGY_TRIGGER", "ALLERGIC_REACTION", "HIVES"] },
            {
              any: [
                "WHEEZE",
                "BREATHLESS",
                "BREATHLESS_SEVERE",
                "CANT_SWALLOW",
                "BLUE",
                "COLLAPSED",
                "FAINTED",
                "LIGHTHEADED",
              ],
            },
          ],
        },
      ],
    },
    group: "allergy",
  },
  {
    id: "input.emergency.choking",
    level: "emergency",
    disposition: "call_now",
    summary: "Choking: something blocking the airway, or still struggling to breathe after choking",
    when: {
      any: [
        { all: ["CHOKING", { not: "RESOLVED" }] },
        { all: ["STUCK_IN_THROAT", "BREATHLESS_SEVERE"] },
        {
          all: [
            { any: ["CHOKING", "STUCK_IN_THROAT"] },
            {
              any: [
                "BREATHLESS",
                "BREATHLESS_SEVERE",
                "WHEEZE",
                "STRIDOR",
                "RAPID_BREATHING",
                "BLUE",
              ],
            },
          ],
        },
      ],
    },
    group: "choking",
  },
  {
    id: "input.emergency.drowning",
    level: "emergency",
    disposition: "call_now",
    summary: "Drowning or near-drowning",
    when: "DROWNING",
  },
];
