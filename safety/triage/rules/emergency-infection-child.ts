// Sepsis in adults (one sign with infection is enough, P1), a seriously ill child (NICE red features),
// and fever of 38 °C or more in a baby under 3 months (§1.3 rows 8–10).
import type { TriageRule } from "../rule-types.ts";

const INFECTED = {
  any: ["INFECTION", "SEPSIS", { fever: 38 }, "UTI", "WOUND_INFECTED", "SPREADING_RED"],
};
const YOUNG = { any: ["INFANT", "CHILD", { age: { under: 192 } }] };

export const EMERGENCY_INFECTION_CHILD_RULES: readonly TriageRule[] = [
  {
    id: "input.emergency.sepsis",
    level: "emergency",
    disposition: "call_now",
    summary:
      "Possible sepsis: infection or fever with confusion, mottled skin, no urine all day, severe breathlessness, uncontrollable shivering or feeling they might die",
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
      "Seriously ill baby or child: floppy, hard to wake, mottled or blue, grunting, chest pulling in, weak or high-pitched cry, bulging soft spot or no wet nappy",
    when: {
      any: [
        "FLOPPY",
        "WEAK_CRY",
        "FONTANELLE_BULGING",
        "CHEST_INDRAWING",
        {
          all: [
            YOUNG,
            {
              any: [
                "GRUNTING",
                "HARD_TO_WAKE",
                "DROWSY",
                "MOTTLED",
                "BLUE",
                "NO_WET_NAPPY",
                "NO_URINE",
                "UNRESPONSIVE",
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
];
