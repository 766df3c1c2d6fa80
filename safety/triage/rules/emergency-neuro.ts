// Emergencies of the brain and nerves: BE-FAST stroke/TIA (resolved signs still count, P2),
// thunderclap headache, seizures, collapse, head injury, meningitis and cauda equina (§1.3 rows 1, 5, 11,
// 13, 14, 24). One sign is enough (P1).
import type { TriageRule } from "../rule-types.ts";

const INJURED = { any: ["INJURY", "FRACTURE", "SPRAIN", "CUT_DEEP", "BURN", "ANIMAL_BITE"] };

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
    when: "WORST_HEADACHE",
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
        { all: ["SEIZURE", { not: "EPILEPSY" }] },
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
        "UNRESPONSIVE",
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
            { any: ["CHEST_PAIN", "PALPITATIONS", "BREATHLESS", "BREATHLESS_SEVERE"] },
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
      "Head injury with danger signs: not waking, seizure, clear fluid or blood from nose or ears, weakness, or speech or vision problems",
    when: {
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
