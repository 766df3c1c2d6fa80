// Injuries and other emergencies: severe bleeding, major trauma, severe burns, testicular torsion,
// vomiting blood, chemicals in the eye and snake bite (§1.3 rows 12, 23, 25).
import type { TriageRule } from "../rule-types.ts";

const YOUNG = { any: ["INFANT", "CHILD", { age: { under: 192 } }] };

export const EMERGENCY_INJURY_RULES: readonly TriageRule[] = [
  {
    id: "input.emergency.severe_bleeding",
    level: "emergency",
    disposition: "call_now",
    summary: "Severe bleeding: won't stop with pressure, spurting, or soaking through cloths",
    when: "SEVERE_BLEED",
    unless: { any: ["NOSEBLEED", "PERIOD", "PREGNANT", "MAYBE_PREGNANT", "POSTPARTUM"] },
    group: "bleeding",
  },
  {
    id: "input.emergency.nosebleed",
    level: "emergency",
    disposition: "go_now",
    summary: "Nosebleed that won't stop with pressure or has lasted over 15 minutes",
    when: { all: ["NOSEBLEED", { any: ["SEVERE_BLEED", { minutesAtLeast: 15 }] }] },
    group: "bleeding",
  },
  {
    id: "input.emergency.major_trauma",
    level: "emergency",
    disposition: "call_now",
    summary:
      "Major injury: hit by a vehicle, stabbed or shot, a fall from height, a bone through the skin, a crash with serious injury, or an older person who fell and can't get up or whose leg looks shortened or turned out",
    when: {
      any: [
        "MAJOR_TRAUMA",
        { all: ["INJURY", "LEG_DEFORMED"] },
        {
          all: ["INJURY", "CANT_GET_UP", { any: ["ELDERLY", { age: { from: 780 } }, "HIP_PAIN"] }],
        },
        {
          all: [
            "VEHICLE_CRASH",
            {
              any: [
                "UNRESPONSIVE",
                "KNOCKED_OUT",
                "SEVERE_BLEED",
                "BREATHLESS",
                "BREATHLESS_SEVERE",
                "LEGS_BOTH",
                "CHEST_PAIN",
                "ABDO_SEVERE",
                "FRACTURE",
                "HEAD_INJURY",
                "SEVERE",
              ],
            },
          ],
        },
      ],
    },
    group: "injury",
  },
  {
    id: "input.emergency.severe_burn",
    level: "emergency",
    disposition: "call_now",
    summary:
      "Severe burn: large, deep (white, leathery or painless), on the face or genitals, electrical or chemical, smoke inhaled, or a blistering scald on a child",
    when: {
      any: [
        "BURN_SEVERE",
        { all: [{ any: ["BURN", "SCALD_SPILL"] }, { any: ["BURN_DEEP", "LARGE_AREA"] }] },
        { all: [{ any: ["BURN", "SCALD_SPILL"] }, YOUNG, "BLISTER"] },
      ],
    },
    group: "burn",
  },
  {
    id: "input.emergency.testicular_torsion",
    level: "emergency",
    disposition: "go_now",
    summary: "Sudden severe testicle pain: possible torsion, needs surgery within hours",
    when: {
      all: [
        "TESTICLE_PAIN",
        { any: ["SUDDEN", "SEVERE", "WOKE_FROM_SLEEP", "VOMITING", "NAUSEA"] },
      ],
    },
    group: "testicle",
  },
  {
    id: "input.emergency.gi_bleed",
    level: "emergency",
    disposition: "go_now",
    summary:
      "Vomiting blood or coffee-ground vomit, black tarry poo, or bleeding from the bottom with faintness: possible bleeding in the gut",
    when: {
      any: [
        "GI_BLEED",
        {
          all: [
            { any: ["RECTAL_BLOOD", "SEVERE_BLEED"] },
            { any: ["LIGHTHEADED", "FAINTED", "COLLAPSED"] },
          ],
        },
      ],
    },
  },
  {
    id: "input.emergency.eye_chemical",
    level: "emergency",
    disposition: "go_now",
    summary: "Chemical in the eye: rinse with water and needs urgent eye assessment",
    when: "EYE_CHEMICAL",
    group: "eye",
  },
  {
    id: "input.emergency.snake_bite",
    level: "emergency",
    disposition: "go_now",
    summary: "Snake bite: needs hospital assessment now",
    when: "SNAKE_BITE",
  },
];
