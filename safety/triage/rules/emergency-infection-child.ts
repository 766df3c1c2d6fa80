// Sepsis in adults (one sign with infection is enough, P1), a seriously ill child (NICE red features),
// and fever of 38 °C or more in a baby under 3 months (§1.3 rows 8–10).
import type { TriageRule } from "../rule-types.ts";

const INFECTED = {
  any: ["INFECTION", "SEPSIS", { fever: 38 }, "UTI", "WOUND_INFECTED", "SPREADING_RED"],
};
const YOUNG = { any: ["INFANT", "CHILD", { age: { under: 192 } }] };
// A teenager who is hard to get up for school is not a drowsy, seriously ill child.
const NOT_JUST_A_HEAVY_SLEEPER = {
  any: [{ not: "WAKE_ROUTINE" }, { fever: 38 }, "INFECTION", "VOMITING", "RASH", "BREATHLESS"],
};

export const EMERGENCY_INFECTION_CHILD_RULES: readonly TriageRule[] = [
  {
    id: "input.emergency.sepsis",
    level: "emergency",
    disposition: "call_now",
    summary:
      "Possible sepsis: infection or fever with confusion, mottled skin, no urine all day, severe breathlessness, uncontrollable shivering or feeling they might die",
    group: "sepsis",
    when: {
      any: [
        "SEPSIS",
        {
          all: [
            INFECTED,
            {
              any: [
                "CONFUSION",
                "SUDDEN_CONFUSION",
                "MOTTLED",
                "NO_URINE",
                "BREATHLESS_SEVERE",
                "FEEL_DYING",
                "SHIVERING",
                "SPEECH",
                "BLUE",
                "DROWSY",
                { tempBelow: 35.5 },
              ],
            },
          ],
        },
      ],
    },
  },
  {
    id: "input.emergency.sepsis_child",
    level: "emergency",
    disposition: "call_now",
    summary:
      "Seriously ill baby or child: floppy, hard to wake, mottled or blue, grunting, chest pulling in, weak or high-pitched cry, bulging soft spot, no wet nappy or green (bile) vomit",
    when: {
      any: [
        "FLOPPY",
        "WEAK_CRY",
        "FONTANELLE_BULGING",
        "CHEST_INDRAWING",
        "NO_WET_NAPPY",
        { all: ["BILIOUS_VOMIT", YOUNG] },
        { all: [YOUNG, { fever: 38 }, "COLD_PERIPHERIES", { any: ["LEG_PAIN", "DROWSY"] }] },
        {
          all: [
            YOUNG,
            {
              any: [
                "GRUNTING",
                { all: [{ any: ["HARD_TO_WAKE", "DROWSY"] }, NOT_JUST_A_HEAVY_SLEEPER] },
                "MOTTLED",
                "BLUE",
                "NO_WET_NAPPY",
                "NO_URINE",
                { all: ["UNRESPONSIVE", NOT_JUST_A_HEAVY_SLEEPER] },
              ],
            },
          ],
        },
      ],
    },
  },
  {
    id: "input.emergency.infant_fever",
    level: "emergency",
    disposition: "go_now",
    summary:
      "Fever of 38 °C (100.4 °F) or more in a baby under 3 months, or a baby whose age wasn't given",
    when: { all: [{ fever: 38 }, { any: [{ age: { under: 3 } }, { infantAgeUnknown: true }] }] },
    unless: "VACCINE_RECENT",
    group: "fever",
  },
  {
    id: "input.emergency.fever_low_immunity",
    level: "emergency",
    disposition: "go_now",
    summary:
      "Fever, shivering or feeling unwell during chemotherapy, after a transplant or on immune-suppressing medicines: possible sepsis, needs hospital assessment now",
    when: {
      any: [
        { all: [{ any: ["CHEMO", "IMMUNOSUPPRESSED"] }, { any: [{ fever: 37.5 }, "SHIVERING"] }] },
        { all: ["CHEMO", { any: ["COMPLAINT", "FEEL_DYING", "VOMITING", "DIARRHOEA"] }] },
      ],
    },
    group: "sepsis",
  },
];
