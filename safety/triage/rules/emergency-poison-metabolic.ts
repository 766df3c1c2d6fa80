// Overdose and poisoning whatever the substance or amount (P8: missing details never downgrade;
// paracetamol excess goes to hospital even when well, P4), opioid toxicity, and diabetes emergencies
// (§1.3 rows 16, 17, 21, 22).
import type { TriageRule } from "../rule-types.ts";

const YOUNG = { any: ["INFANT", "CHILD", { age: { under: 192 } }] };
const UNWELL = {
  any: [
    "DROWSY",
    "UNRESPONSIVE",
    "CONFUSION",
    "SEIZURE",
    "BREATHLESS_SEVERE",
    "COLLAPSED",
    "VOMITING",
    "FAINTED",
    "TOXIC_VISION",
    "PALPITATIONS",
    "LIGHTHEADED",
  ],
};

export const EMERGENCY_POISON_METABOLIC_RULES: readonly TriageRule[] = [
  {
    id: "input.emergency.overdose",
    level: "emergency",
    disposition: "call_now",
    summary:
      "Overdose: too many pills or an intentional overdose (substance and amount don't matter)",
    when: {
      any: [
        "OVERDOSE",
        { numberIn: { concept: "PILLS_TAKEN", min: 10 } },
        { all: ["INTENTIONAL", { any: ["PILLS_TAKEN", "SWALLOWED_SOMETHING", "CORROSIVE"] }] },
        { all: [{ any: ["DOUBLE_DOSE", "PILLS_TAKEN", "MORE_THAN_MAX"] }, UNWELL] },
      ],
    },
    group: "overdose",
  },
  {
    id: "input.emergency.paracetamol_overdose",
    level: "emergency",
    disposition: "go_now",
    summary: "Too much paracetamol (acetaminophen): needs hospital even if they feel well",
    when: {
      any: [
        "PARACETAMOL_EXCESS",
        { all: ["PARACETAMOL", { any: ["DOUBLE_DOSE", "MORE_THAN_MAX", "OVERDOSE"] }] },
        { all: ["PARACETAMOL", { numberIn: { concept: "PILLS_TAKEN", min: 3 } }] },
        { numberIn: { concept: "PARA_EVERY_HOURS", max: 3 } },
        "PARA_STAGGERED",
        { all: ["PARA_DOUBLE_HABIT", { statement: true }] },
        // Nine or more tablets is over the 4 g daily limit, however it was spread out.
        { all: ["PARACETAMOL", { numberIn: { concept: "PARA_TOTAL", min: 9, max: 200 } }] },
        { all: ["PARACETAMOL", { numberIn: { concept: "PARA_TOTAL_BARE", min: 9, max: 200 } }] },
        { all: ["PARACETAMOL", "PARA_LOTS", { statement: true }] },
      ],
    },
    group: "paracetamol",
  },
  {
    id: "input.emergency.poisoning",
    level: "emergency",
    disposition: "call_now",
    summary:
      "Poisoning: swallowed bleach, a cleaning product or other chemical, a child swallowed medicine or an unknown substance, or signs of carbon monoxide (headache, sickness, dizziness or drowsiness near a boiler, generator, fire or engine)",
    when: {
      any: [
        "CORROSIVE",
        {
          all: [
            "CO_SOURCE",
            {
              any: [
                "HEADACHE",
                "NAUSEA",
                "VOMITING",
                "LIGHTHEADED",
                "CONFUSION",
                "DROWSY",
                "COLLAPSED",
                "UNRESPONSIVE",
                "BREATHLESS",
                "FAINTED",
              ],
            },
          ],
        },
        {
          all: [
            YOUNG,
            { any: ["SWALLOWED_SOMETHING", "PILLS_TAKEN", "OVERDOSE"] },
            { not: "BENIGN_SUBSTANCE" },
          ],
        },
      ],
    },
    group: "overdose",
  },
  {
    id: "input.emergency.button_battery",
    level: "emergency",
    disposition: "go_now",
    summary: "Swallowed a button battery or magnets: needs hospital straight away",
    when: "BUTTON_BATTERY",
  },
  {
    id: "input.emergency.opioid_overdose",
    level: "emergency",
    disposition: "call_now",
    summary:
      "Possible opioid overdose: can't be woken, snoring or gurgling, slow breathing or blue lips after using",
    when: {
      any: [
        {
          all: [
            "OPIOID",
            {
              any: ["UNRESPONSIVE", "OPIOID_SIGNS", "BLUE", "DROWSY", "NOT_BREATHING", "COLLAPSED"],
            },
          ],
        },
        {
          all: [
            "PINPOINT",
            {
              any: [
                "DROWSY",
                "UNRESPONSIVE",
                "OPIOID_SIGNS",
                "OPIOID",
                "PILLS_TAKEN",
                "OVERDOSE",
                "SWALLOWED_SOMETHING",
                "BLUE",
              ],
            },
          ],
        },
      ],
    },
  },
  {
    id: "input.emergency.hypoglycaemia_severe",
    level: "emergency",
    disposition: "call_now",
    summary:
      "Severe low blood sugar: diabetic and confused, drowsy, passed out, fitting or unable to swallow, or a very low reading",
    when: {
      any: [
        { glucoseBelow: 3 },
        {
          all: [
            { any: ["DIABETIC", "HYPO"] },
            {
              any: [
                "CONFUSION",
                "SUDDEN_CONFUSION",
                "UNRESPONSIVE",
                "FAINTED",
                "COLLAPSED",
                "CANT_SWALLOW",
                "SEIZURE",
                "DROWSY",
                "SPEECH",
              ],
            },
          ],
        },
      ],
    },
    group: "glucose",
  },
  {
    id: "input.emergency.dka",
    level: "emergency",
    disposition: "go_now",
    summary:
      "Possible diabetic ketoacidosis: high sugar or ketones with vomiting or fast breathing, or pear-drop breath",
    when: {
      any: [
        "DKA",
        "PEAR_DROP",
        {
          all: [
            { any: ["HIGH_SUGAR", "KETONES", { glucoseAbove: 15 }] },
            { any: ["VOMITING", "VOMITING_PERSISTENT", "RAPID_BREATHING", "ABDO_PAIN"] },
          ],
        },
        { all: ["DIABETIC", { any: ["VOMITING_PERSISTENT", "RAPID_BREATHING"] }] },
      ],
    },
    group: "dka",
  },
];
