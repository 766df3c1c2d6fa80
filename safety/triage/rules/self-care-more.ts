// Self-care (L5), part 2: everyday minor ailments, and look-alikes of urgent problems that have
// already settled — a treated hypo, wheeze eased by the usual inhaler, breathlessness from exercise,
// a few hives after a new soap, a normal temperature (§2.2 L5; safety-netting per N12).
import type { TriageRule } from "../rule-types.ts";

export const SELF_CARE_MORE_RULES: readonly TriageRule[] = [
  {
    id: "input.self_care.minor_ailment",
    level: "self_care",
    summary:
      "A common minor ailment (skin, feet, hair, mouth, ears, eyes, muscles, travel, teething, periods)",
    when: "MINOR_AILMENT",
    personal: true,
  },
  {
    id: "input.self_care.normal_temperature",
    level: "self_care",
    summary: "A temperature reading in the normal range (36 to 37.7 °C)",
    when: { all: [{ tempBelow: 37.8 }, { not: { tempBelow: 36 } }, { not: { fever: 37.8 } }] },
    personal: true,
    group: "fever",
  },
  {
    id: "input.self_care.hypo_treated",
    level: "self_care",
    summary: "A low blood sugar that has been treated and now reads normal",
    when: {
      all: [{ any: ["HYPO", "DIABETIC"] }, { glucoseAbove: 4.4 }, { not: { glucoseBelow: 4 } }],
    },
    personal: true,
    group: "glucose",
  },
  {
    id: "input.self_care.asthma_settled",
    level: "self_care",
    summary: "Mild wheeze or tightness that settled with the usual reliever inhaler",
    when: { all: [{ any: ["WHEEZE", "ASTHMA", "BREATHLESS"] }, "INHALER_RELIEF"] },
    unless: "STILL_BAD",
    personal: true,
    group: "breathing",
  },
  {
    id: "input.self_care.exercise_breathless",
    level: "self_care",
    summary: "Out of breath with exercise or exertion, nothing else",
    when: { all: ["BREATHLESS", "EXERTION"] },
    unless: {
      any: ["WORSENING", "RECENT_ONSET", "PERSISTENT", { lastingDays: 14 }, "COMPLAINT"],
    },
    personal: true,
    group: "breathing",
  },
  {
    id: "input.self_care.mild_hives",
    level: "self_care",
    summary: "A few hives or an itchy rash without swelling or breathing problems",
    when: "HIVES",
    personal: true,
    group: "allergy",
  },
];
