// Emergencies of the brain and nerves: BE-FAST stroke/TIA (resolved signs still count, P2),
// thunderclap headache, seizures, collapse, head injury, meningitis and cauda equina (§1.3 rows 1, 5, 11,
// 13, 14, 24). One sign is enough (P1).
import type { TriageRule } from "../rule-types.ts";

const INJURED = { any: ["INJURY", "FRACTURE", "SPRAIN", "CUT_DEEP", "BURN", "ANIMAL_BITE"] };
// "Can't wake him for school" is a habit; found on the floor or other signs still make it an emergency.
const NOT_JUST_A_HEAVY_SLEEPER = {
  any: [
    { not: "WAKE_ROUTINE" },
    "COLLAPSED",
    "NOT_BREATHING",
    "BLUE",
    "OPIOID_SIGNS",
    "DANGER_CRITICAL",
    "DANGER_SERIOUS",
  ],
};

export const EMERGENCY_NEURO_RULES: readonly TriageRule[] = [
  {
    id: "input.emergency.stroke",
    level: "emergency",
    disposition: "call_now",
    summary:
      "Possible stroke signs: face drooping, arm or leg weakness, speech or vision trouble, or sudden loss of balance or confusion (even if they have passed)",
    when: {
      any: [
        "FACE_DROOP",
        "SPEECH",
        "VISION_LOSS",
        "SUDDEN_CONFUSION",
        "BALANCE",
        "STROKE_NAME",
        {
          all: [
            { any: ["LIMB_WEAK", "ONE_SIDE", { all: ["LIMB_NUMB", "SUDDEN"] }] },
            { not: INJURED },
          ],
        },
      ],
    },
  },
  {
    id: "input.emergency.thunderclap_headache",
    level: "emergency",
    disposition: "call_now",
    summary: "Sudden, severe 'worst ever' headache: possible bleed on the brain",
    when: {
      any: [
        "WORST_HEADACHE",
        {
          all: [
            "HEAD_CLUTCH",
            {
              any: [
                "SUDDEN",
                "STRONG_PAIN",
                "DANGER_CRITICAL",
                "CONFUSION",
                "COLLAPSED",
                "VOMITING",
                "FAINTED",
                "PHOTOPHOBIA",
              ],
            },
          ],
        },
        { all: ["HEADACHE", "DANGER_CRITICAL"] },
      ],
    },
    group: "headache",
  },
  {
    id: "input.emergency.seizure",
    level: "emergency",
    disposition: "call_now",
    summary:
      "Seizure that is lasting over 5 minutes, repeating, a first seizure, or with other danger signs",
    when: {
      any: [
        "SEIZURE_ONGOING",
        { all: ["SEIZURE", { minutesAtLeast: 5 }] },
        { all: ["SEIZURE", "FIRST_SEIZURE"] },
        { all: ["SEIZURE", { not: { any: ["EPILEPSY", { lastingDays: 30 }] } }] },
        {
          all: [
            "SEIZURE",
            {
              any: [
                "HEAD_INJURY",
                "PREGNANT",
                "DIABETIC",
                "UNRESPONSIVE",
                "BREATHLESS_SEVERE",
                "BLUE",
                "DROWNING",
              ],
            },
          ],
        },
      ],
    },
    group: "seizure",
  },
  {
    id: "input.emergency.collapse",
    level: "emergency",
    disposition: "call_now",
    summary: "Collapsed, unresponsive, can't be woken or not breathing",
    when: {
      any: [
        { all: [{ any: ["UNRESPONSIVE", "CANT_WAKE"] }, NOT_JUST_A_HEAVY_SLEEPER] },
        "NOT_BREATHING",
        "COLLAPSED",
        {
          all: [
            "BABY_NOT_MOVING",
            { not: { any: ["PREGNANT", "MAYBE_PREGNANT", { gestationFrom: 1 }] } },
          ],
        },
        {
          all: [
            "FAINTED",
            {
              any: [
                "CHEST_PAIN",
                "PALPITATIONS",
                "BREATHLESS",
                "BREATHLESS_SEVERE",
                "CONFUSION",
                "SUDDEN_CONFUSION",
                "SPEECH",
                "DROWSY",
                "SEIZURE",
              ],
            },
          ],
        },
      ],
    },
    group: "collapse",
  },
  {
    id: "input.emergency.head_injury_severe",
    level: "emergency",
    disposition: "call_now",
    summary:
      "Head injury with danger signs: not waking, seizure, clear fluid or blood from nose or ears, weakness, or speech or vision problems; or a fall followed by drowsiness or confusion and vomiting",
    when: {
      any: [
        {
          all: [
            "INJURY",
            { any: ["DROWSY", "CONFUSION", "SUDDEN_CONFUSION"] },
            { any: ["VOMITING", "VOMITING_PERSISTENT"] },
          ],
        },
        {
          all: [
            "HEAD_INJURY",
            {
              any: [
                "UNRESPONSIVE",
                "SEIZURE",
                "CLEAR_FLUID",
                "LIMB_WEAK",
                "ONE_SIDE",
                "SPEECH",
                "VISION_LOSS",
                "DROWSY",
              ],
            },
          ],
        },
      ],
    },
    group: "head_injury",
  },
  {
    id: "input.emergency.head_injury",
    level: "emergency",
    disposition: "go_now",
    summary:
      "Head injury needing hospital assessment: knocked out, vomiting since, on blood thinners, confused, memory loss or a worsening headache",
    when: {
      all: [
        "HEAD_INJURY",
        {
          any: [
            "KNOCKED_OUT",
            "VOMITING",
            "ANTICOAG",
            "CONFUSION",
            "MEMORY_LOSS",
            "SEVERE_HEADACHE",
            "VISION_DISTURB",
            { all: ["HEADACHE", "PERSISTENT"] },
          ],
        },
      ],
    },
    group: "head_injury",
  },
  {
    id: "input.emergency.meningitis",
    level: "emergency",
    disposition: "call_now",
    summary:
      "Possible meningitis or sepsis: rash that doesn't fade under a glass, or stiff neck or dislike of light with fever",
    when: {
      any: [
        "NON_BLANCHING",
        "MENINGITIS",
        {
          all: [
            "STIFF_NECK",
            { any: [{ fever: 38 }, "PHOTOPHOBIA", "VOMITING", "RASH", "DROWSY", "CONFUSION"] },
          ],
        },
        { all: ["PHOTOPHOBIA", { fever: 38 }, { any: ["HEADACHE", "VOMITING", "DROWSY"] }] },
        { all: [{ fever: 38 }, "COLD_PERIPHERIES", { any: ["LEG_PAIN", "DROWSY", "MOTTLED"] }] },
      ],
    },
  },
  {
    id: "input.emergency.cauda_equina",
    level: "emergency",
    disposition: "go_now",
    summary:
      "Possible spinal nerve compression (cauda equina): numbness between the legs or around the bottom, new bladder or bowel problems with back pain, or weakness in both legs",
    when: {
      any: ["SADDLE_NUMB", "LEGS_BOTH", { all: ["BACK_PAIN", "BLADDER_NEW"] }],
    },
    group: "cauda_equina",
  },
];
