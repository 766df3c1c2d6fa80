// Same-day (L3) presentations, part 1: milder chest, breathing, urine, diabetes, fever and child
// problems that should be seen today (clinical-safety.md §1.2 L3, §1.3 rows 4, 21; NICE amber).
import type { TriageRule } from "../rule-types.ts";

const YOUNG = { any: ["INFANT", "CHILD", { age: { under: 192 } }] };
const PREGNANT = { any: ["PREGNANT", "MAYBE_PREGNANT", { gestationFrom: 1 }] };

export const URGENT_RULES: readonly TriageRule[] = [
  {
    id: "input.urgent.chest_pain",
    level: "urgent",
    summary:
      "Chest pain without emergency features (e.g. tender to touch or going on for days): needs assessment today",
    when: "CHEST_PAIN",
    unless: { all: ["CHEST_ANXIETY", "SETTLES"] },
    group: "chest_pain",
  },
  {
    id: "input.urgent.pe_possible",
    level: "urgent",
    summary:
      "Possible blood clot: pain on breathing in, a little blood when coughing, or breathless after surgery or travel",
    when: { any: ["PLEURITIC", "COUGH_BLOOD", { all: ["BREATHLESS", "CLOT_RISK"] }] },
    group: "clot",
  },
  {
    id: "input.urgent.dvt",
    level: "urgent",
    summary: "Swollen, painful or red calf or leg: possible blood clot (DVT)",
    when: "CALF_DVT",
    group: "dvt",
  },
  {
    id: "input.urgent.breathless",
    level: "urgent",
    summary: "Breathlessness or wheeze: needs assessment today",
    when: { any: ["BREATHLESS", "WHEEZE", "STRIDOR"] },
    unless: {
      any: [
        { lastingDays: 14 },
        { all: ["EXERTION", { not: { any: ["SUDDEN", "RECENT_ONSET"] } }] },
        { all: ["INHALER_RELIEF", { not: "STILL_BAD" }] },
      ],
    },
    group: "breathing",
  },
  {
    id: "input.urgent.uti_upper",
    level: "urgent",
    summary:
      "Urine infection with fever, back or side pain, shivering or vomiting: possible kidney infection",
    when: {
      all: ["UTI", { any: [{ fever: 38 }, "FLANK_PAIN", "BACK_PAIN", "SHIVERING", "VOMITING"] }],
    },
    group: "uti",
  },
  {
    id: "input.urgent.uti_higher_risk",
    level: "urgent",
    summary: "Urine infection symptoms in pregnancy, a child, or with blood in the urine",
    when: { all: ["UTI", { any: [PREGNANT, YOUNG, "URINE_BLOOD"] }] },
    group: "uti",
  },
  {
    id: "input.urgent.dka_early",
    level: "urgent",
    summary: "High blood sugar with thirst, peeing a lot or ketones: early signs of ketoacidosis",
    when: {
      any: [
        {
          all: [
            { any: ["DIABETIC", "HIGH_SUGAR"] },
            { any: ["THIRST_PEE", "KETONES", { glucoseAbove: 13.9 }] },
          ],
        },
        { all: ["HIGH_SUGAR", { any: ["TIRED", "NAUSEA", "ABDO_PAIN"] }] },
        { glucoseAbove: 13.9 },
      ],
    },
    group: "dka",
  },
  {
    id: "input.urgent.hypo",
    level: "urgent",
    summary: "Low blood sugar (hypo) without danger signs",
    when: { any: ["HYPO", { glucoseBelow: 4 }] },
    // A hypo that was treated and now reads normal is self-care (rules/self-care-more.ts).
    unless: { all: [{ glucoseAbove: 4.4 }, { not: { glucoseBelow: 4 } }] },
    group: "glucose",
  },
  {
    id: "input.urgent.child_dehydration",
    level: "urgent",
    summary:
      "Possible dehydration or poor feeding in a baby or child: fewer wet nappies, dry mouth, not drinking, or vomiting",
    when: {
      all: [
        YOUNG,
        {
          any: [
            "FEWER_WET",
            { numberIn: { concept: "WET_NAPPY_COUNT", max: 4 } },
            "DEHYDRATION",
            "FONTANELLE_SUNKEN",
            "NOT_FEEDING",
            "VOMITING_PERSISTENT",
            { all: ["VOMITING", "DIARRHOEA"] },
            { all: ["INFANT", "VOMITING"] },
          ],
        },
      ],
    },
  },
  {
    id: "input.urgent.infant_fever_3_6m",
    level: "urgent",
    summary: "Fever of 39 °C or more in a baby aged 3 to 6 months",
    when: { all: [{ fever: 39 }, { age: { from: 3, under: 6 } }] },
    group: "fever",
  },
  {
    id: "input.urgent.infant_fever_after_vaccines",
    level: "urgent",
    summary: "Fever in a young baby soon after vaccinations: needs a clinician's advice today",
    when: {
      all: [
        { fever: 38 },
        { any: [{ age: { under: 3 } }, { infantAgeUnknown: true }] },
        "VACCINE_RECENT",
      ],
    },
    group: "fever",
  },
  {
    id: "input.urgent.child_fever_unwell",
    level: "urgent",
    summary:
      "Child with fever and other worrying signs: not feeding, breathing fast, rash, or earache",
    when: {
      all: [
        YOUNG,
        { fever: 38 },
        {
          any: [
            "NOT_FEEDING",
            "RAPID_BREATHING",
            "BREATHLESS",
            "RASH",
            "EARACHE",
            "INCONSOLABLE",
            "VOMITING",
          ],
        },
      ],
    },
    group: "fever",
  },
  {
    id: "input.urgent.persistent_high_fever",
    level: "urgent",
    summary: "High fever lasting several days",
    when: {
      any: [
        { all: [{ fever: 39 }, { lastingDays: 3 }] },
        { all: [{ fever: 38 }, { lastingDays: 5 }] },
      ],
    },
    group: "fever",
  },
  {
    id: "input.urgent.inconsolable_baby",
    level: "urgent",
    summary: "Baby or child crying constantly and can't be settled",
    when: { all: ["INCONSOLABLE", YOUNG] },
  },
];
