// Same-day (L3) presentations, part 3: problems that look minor in lay words but should be seen today
// — fast-growing lumps, shingles, appendicitis, renal colic, giant-cell arteritis, sudden deafness,
// catheters, diabetic feet, critical medicines, very high BP or INR, new psychosis (§1.2 L3, §1.3 row 4).
import type { TriageRule } from "../rule-types.ts";

const YOUNG = { any: ["INFANT", "CHILD", { age: { under: 192 } }] };

export const URGENT_SAME_DAY_RULES: readonly TriageRule[] = [
  {
    id: "input.urgent.lump_growing",
    level: "urgent",
    summary:
      "A lump that is growing quickly or has newly become painful, or a lump that is hot and painful with a fever",
    when: {
      all: [
        { any: ["LUMP", "LUMP_ANY", "BREAST_CHANGE"] },
        {
          any: [
            "RAPID_GROWTH",
            "LUMP_NEWLY_PAINFUL",
            { all: [{ fever: 38 }, { any: ["COMPLAINT", "SPREADING_RED"] }] },
          ],
        },
      ],
    },
    group: "lump",
  },
  {
    id: "input.urgent.shingles",
    level: "urgent",
    summary:
      "Shingles: antiviral treatment works best started early, and a rash near the eye or on the nose needs same-day assessment",
    when: { any: ["SHINGLES", { all: ["SHINGLES_LIKE", "EYE_ZONE"] }] },
  },
  {
    id: "input.urgent.appendicitis",
    level: "urgent",
    summary:
      "Possible appendicitis: pain that started around the belly button and moved to the lower right, or lower-right tummy pain",
    when: "APPENDIX",
    group: "abdomen",
  },
  {
    id: "input.urgent.renal_colic",
    level: "urgent",
    summary:
      "Possible kidney stone: severe pain in the side or back coming in waves, spreading to the groin, can't keep still",
    when: {
      any: [
        "KIDNEY_STONE",
        {
          all: [
            "RENAL_COLIC",
            { any: ["FLANK_PAIN", "BACK_PAIN", "ABDO_PAIN", "URINE_BLOOD", "STRONG_PAIN"] },
          ],
        },
      ],
    },
    group: "abdomen",
  },
  {
    id: "input.urgent.giant_cell_arteritis",
    level: "urgent",
    summary:
      "Possible giant-cell arteritis: a new headache at the temple with jaw pain on chewing, a tender scalp or vision changes, or over 50",
    when: {
      any: [
        {
          all: [
            "TEMPLE_PAIN",
            {
              any: [
                "JAW_CLAUDICATION",
                "SCALP_TENDER",
                "VISION_DISTURB",
                "FLOATERS",
                { age: { from: 600 } },
                "ELDERLY",
              ],
            },
          ],
        },
        { all: ["JAW_CLAUDICATION", { any: ["HEADACHE", "SCALP_TENDER"] }] },
      ],
    },
    group: "headache",
  },
  {
    id: "input.urgent.sudden_hearing_loss",
    level: "urgent",
    summary: "Sudden hearing loss in one or both ears: needs assessment today",
    when: "HEARING_LOSS",
  },
  {
    id: "input.urgent.catheter_problem",
    level: "urgent",
    summary: "Urinary catheter blocked, not draining, bypassing or come out",
    when: {
      any: ["CATHETER_PROBLEM", { all: ["CATHETER", { any: ["NO_URINE", "URINE_CANT"] }] }],
    },
    group: "cauda_equina",
  },
  {
    id: "input.urgent.diabetic_foot",
    level: "urgent",
    summary: "Diabetes with a foot sore, ulcer, blister, wound or a toe turning black",
    when: { all: ["DIABETIC", "FOOT_PROBLEM"] },
  },
  {
    id: "input.urgent.critical_medicine",
    level: "urgent",
    summary:
      "Run out of, or missing doses of, a medicine that must not be stopped (epilepsy, insulin, steroids, Parkinson's, transplant or blood thinners)",
    when: { all: ["RAN_OUT", { any: ["CRITICAL_MED", "EPILEPSY", "ANTICOAG"] }] },
  },
  {
    id: "input.urgent.blood_pressure_very_high",
    level: "urgent",
    summary: "Blood pressure of 180/110 or higher, even without symptoms",
    when: { any: [{ pressureAtLeast: [180, 110] }, "BP_VERY_HIGH"] },
    group: "blood_pressure",
  },
  {
    id: "input.urgent.inr_high",
    level: "urgent",
    summary: "INR of 5 or more, or reported as too high, on warfarin: needs dosing advice today",
    when: { any: [{ numberIn: { concept: "INR_READING", min: 5 } }, "INR_HIGH"] },
  },
  {
    id: "input.urgent.blood_streaked_vomit",
    level: "urgent",
    summary: "Streaks or flecks of blood in vomit after retching",
    when: "VOMIT_STREAKS",
    group: "gi_bleed",
  },
  {
    id: "input.urgent.foreign_body",
    level: "urgent",
    summary: "Something pushed into the nose or ear",
    when: "FOREIGN_BODY",
  },
  {
    id: "input.urgent.abscess",
    level: "urgent",
    summary: "An abscess, or a boil with fever or spreading redness",
    when: {
      any: ["ABSCESS", { all: ["BOIL", { any: [{ fever: 38 }, "SPREADING_RED", "SHIVERING"] }] }],
    },
  },
  {
    id: "input.urgent.psychosis_mania",
    level: "urgent",
    summary:
      "Possible new psychosis or mania: hearing voices, paranoid beliefs, not sleeping for days, racing speech or reckless spending",
    when: { any: ["PSYCHOSIS", "MANIA"] },
    personal: true,
  },
  {
    id: "input.urgent.bloody_diarrhoea",
    level: "urgent",
    summary: "Diarrhoea with blood in it",
    when: { all: ["DIARRHOEA", "RECTAL_BLOOD"] },
    group: "vomiting",
  },
  {
    id: "input.urgent.child_thirst",
    level: "urgent",
    summary:
      "A child drinking and peeing much more than usual, or losing weight or wetting again: possible type 1 diabetes, needs a same-day test",
    when: { all: [YOUNG, "THIRST_PEE"] },
    group: "dka",
  },
  {
    id: "input.urgent.emergency_contraception",
    level: "urgent",
    summary: "Emergency contraception: it works best the sooner it is taken",
    when: "EMERGENCY_CONTRACEPTION",
    unless: "EC_TAKEN",
    personal: true,
  },
  {
    id: "input.urgent.low_temperature_baby",
    level: "urgent",
    summary: "A baby or young child with a low temperature (under 36 °C)",
    when: { all: [{ any: ["INFANT", { age: { under: 60 } }] }, { tempBelow: 36 }] },
    group: "fever",
  },
];
