// Same-day (L3) presentations: the milder versions of the red flags and common problems that should
// be seen today (clinical-safety.md §1.2 L3, §1.3 rows 4, 13, 18, 21; NICE amber features).
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
    when: { any: ["BREATHLESS", "WHEEZE"] },
    unless: { lastingDays: 14 },
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
  {
    id: "input.urgent.wound_stitches",
    level: "urgent",
    summary: "Deep or gaping cut that may need stitches or glue",
    when: "CUT_DEEP",
    group: "cut",
  },
  {
    id: "input.urgent.vomiting_no_fluids",
    level: "urgent",
    summary: "Vomiting and can't keep fluids down",
    when: "VOMITING_PERSISTENT",
    group: "vomiting",
  },
  {
    id: "input.urgent.spreading_infection",
    level: "urgent",
    summary:
      "Worsening or spreading infection: spreading redness, red streaks, hot swelling or pus",
    when: { any: ["SPREADING_RED", "WOUND_INFECTED"] },
  },
  {
    id: "input.urgent.animal_bite",
    level: "urgent",
    summary: "Animal or human bite that broke the skin",
    when: "ANIMAL_BITE",
  },
  {
    id: "input.urgent.eye_problem",
    level: "urgent",
    summary: "Painful eye, something in the eye, or new flashes, floaters or blurred vision",
    when: { any: ["EYE_PAIN", "VISION_DISTURB"] },
    group: "eye",
  },
  {
    id: "input.urgent.head_injury",
    level: "urgent",
    summary:
      "Head injury: a lasting headache, dizziness or feeling sick since, or details not yet known",
    when: {
      all: [
        "HEAD_INJURY",
        { any: ["HEADACHE", "LIGHTHEADED", "NAUSEA", { not: { any: ["MILD", "RESOLVED"] } }] },
      ],
    },
    group: "head_injury",
  },
  {
    id: "input.urgent.fainted",
    level: "urgent",
    summary: "Fainted or blacked out and has come round",
    when: "FAINTED",
    group: "collapse",
  },
  {
    id: "input.urgent.seizure_known_epilepsy",
    level: "urgent",
    summary: "Seizure in someone with known epilepsy that has stopped",
    when: { all: ["SEIZURE", "EPILEPSY"] },
    group: "seizure",
  },
  {
    id: "input.urgent.allergic_reaction",
    level: "urgent",
    summary: "Allergic reaction (rash, hives or swelling) without breathing or throat problems",
    when: { any: ["ALLERGIC_REACTION", "HIVES", "LIP_FACE_SWELL", "THROAT_SWOLLEN"] },
    group: "allergy",
  },
  {
    id: "input.urgent.poison_advice",
    level: "urgent",
    summary:
      "Took a double or extra dose, or a child swallowed a low-risk product: needs poison line or clinician advice today",
    when: {
      any: [
        "DOUBLE_DOSE",
        "MORE_THAN_MAX",
        { all: ["SWALLOWED_SOMETHING", "BENIGN_SUBSTANCE"] },
        { all: [YOUNG, "SWALLOWED_SOMETHING"] },
      ],
    },
    group: "overdose",
  },
  {
    id: "input.urgent.severe_abdominal_pain",
    level: "urgent",
    summary: "Severe tummy pain",
    when: "ABDO_SEVERE",
    group: "abdomen",
  },
  {
    id: "input.urgent.testicle_pain",
    level: "urgent",
    summary: "Testicle pain or swelling",
    when: "TESTICLE_PAIN",
    group: "testicle",
  },
  {
    id: "input.urgent.pregnancy_concern",
    level: "urgent",
    summary:
      "Pregnant with bleeding, tummy pain, fever, persistent vomiting, headache, fainting or waters breaking",
    when: {
      all: [
        PREGNANT,
        {
          any: [
            "BLEEDING",
            "SPOTTING",
            "ONE_SIDED_PAIN",
            "ABDO_PAIN",
            "VOMITING_PERSISTENT",
            { fever: 38 },
            "WATERS_BROKEN",
            "HEADACHE",
            "FAINTED",
            "LIGHTHEADED",
          ],
        },
      ],
    },
    group: "pregnancy",
  },
  {
    id: "input.urgent.urinary_retention",
    level: "urgent",
    summary: "Can't pass urine or new loss of bladder control",
    when: "BLADDER_NEW",
    group: "cauda_equina",
  },
  {
    id: "input.urgent.injury",
    level: "urgent",
    summary:
      "Injury that may be a broken bone, a burn that isn't minor, or a road accident: needs checking today",
    when: {
      any: [
        "FRACTURE",
        "VEHICLE_CRASH",
        { all: ["BURN", { not: { any: ["BURN_MINOR", "SUNBURN"] } }] },
        { all: ["BURN", YOUNG] },
      ],
    },
    group: "injury",
  },
  {
    id: "input.urgent.stuck_in_throat",
    level: "urgent",
    summary: "Something stuck in the throat, still breathing",
    when: "STUCK_IN_THROAT",
    group: "choking",
  },
  {
    id: "input.urgent.severe_headache",
    level: "urgent",
    summary: "Severe headache with vomiting, fever or vision changes, or one that won't go away",
    when: {
      all: [
        { any: ["SEVERE_HEADACHE", "HEADACHE"] },
        { any: ["VOMITING", "VISION_DISTURB", { fever: 38 }, "PERSISTENT", "SEVERE_HEADACHE"] },
      ],
    },
    unless: { lastingDays: 14 },
    group: "headache",
  },
  {
    id: "input.urgent.sore_throat_severe",
    level: "urgent",
    summary: "Sore throat with difficulty swallowing",
    when: { all: ["SORE_THROAT", "CANT_SWALLOW"] },
    group: "throat",
  },
  {
    id: "input.urgent.heatstroke",
    level: "urgent",
    summary: "Possible heat exhaustion or heatstroke",
    when: "HEATSTROKE",
  },
  {
    id: "input.urgent.palpitations",
    level: "urgent",
    summary: "Racing, pounding or irregular heartbeat",
    when: "PALPITATIONS",
    unless: { lastingDays: 14 },
  },
];
