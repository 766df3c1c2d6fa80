// Routine (L4) presentations, part 2: changes and requests that need a planned appointment — bowel
// change, hoarseness, erections, hair loss, thirst, tinnitus, home blood pressure, memory, bedwetting,
// speech, positional vertigo, fading eyesight, contraception and assessments (clinical-safety.md §2.2).
import type { TriageRule } from "../rule-types.ts";

const WEEKS = { any: ["PERSISTENT", { lastingDays: 14 }] };

export const ROUTINE_MORE_RULES: readonly TriageRule[] = [
  {
    id: "input.routine.bowel_change",
    level: "routine",
    summary: "A change in bowel habit (looser, more often, or different) lasting weeks",
    when: "BOWEL_CHANGE",
    personal: true,
    group: "persistent",
  },
  {
    id: "input.routine.hoarse_voice",
    level: "routine",
    summary: "Hoarse or croaky voice for three weeks or more",
    when: { all: ["HOARSE", { any: ["PERSISTENT", { lastingDays: 21 }] }] },
    personal: true,
    group: "persistent",
  },
  {
    id: "input.routine.erectile_problems",
    level: "routine",
    summary: "Erection problems (getting or keeping an erection)",
    when: "ERECTILE",
    personal: true,
  },
  {
    id: "input.routine.hair_loss",
    level: "routine",
    summary: "Hair loss, thinning or bald patches",
    when: "HAIR_LOSS",
    personal: true,
  },
  {
    id: "input.routine.thirst",
    level: "routine",
    summary: "Thirsty and peeing more than usual: needs a blood sugar check",
    when: "THIRST_PEE",
    personal: true,
    group: "dka",
  },
  {
    id: "input.routine.tinnitus",
    level: "routine",
    summary: "Ringing, buzzing or whooshing in the ears",
    when: "TINNITUS",
    personal: true,
  },
  {
    id: "input.routine.blood_pressure_raised",
    level: "routine",
    summary: "Raised blood pressure readings at home without symptoms",
    when: { any: [{ pressureAtLeast: [140, 90] }, "BP_RAISED"] },
    personal: true,
    group: "blood_pressure",
  },
  {
    id: "input.routine.memory_decline",
    level: "routine",
    summary: "Memory getting worse: forgetting things, repeating themselves, getting lost",
    when: "MEMORY_DECLINE",
    personal: true,
  },
  {
    id: "input.routine.bedwetting",
    level: "routine",
    summary: "Bedwetting in a child past toilet training, or new bedwetting in an adult",
    when: "BEDWETTING",
    unless: { age: { under: 60 } },
    personal: true,
  },
  {
    id: "input.routine.speech_delay",
    level: "routine",
    summary: "A child's speech or language seems late, or a stammer",
    when: "SPEECH_DELAY",
    personal: true,
  },
  {
    id: "input.routine.positional_vertigo",
    level: "routine",
    summary: "Brief spinning dizziness when turning in bed, lying down or looking up",
    when: "VERTIGO_POSITIONAL",
    personal: true,
  },
  {
    id: "input.routine.eyesight_gradual",
    level: "routine",
    summary: "Eyesight getting gradually worse or blurry over weeks or months",
    when: {
      any: [
        { all: [{ any: ["EYESIGHT_WORSE", "VISION_DISTURB"] }, { any: ["GRADUAL", WEEKS] }] },
        "EYESIGHT_WORSE",
      ],
    },
    personal: true,
    group: "eye",
  },
  {
    id: "input.routine.contraception",
    level: "routine",
    summary: "Wants to discuss or change contraception",
    when: "CONTRACEPTION_TALK",
    personal: true,
  },
  {
    id: "input.routine.assessment_request",
    level: "routine",
    summary: "Asking about an assessment or referral (for example ADHD or autism)",
    when: "ASSESSMENT_REQUEST",
    personal: true,
  },
  {
    id: "input.routine.anxiety_chest_tightness",
    level: "routine",
    summary:
      "Chest tightness with known anxiety or panic that settles: a routine review (worse, lasting or with other symptoms needs urgent help)",
    when: { all: ["CHEST_ANXIETY", "SETTLES", "CHEST_PAIN"] },
    personal: true,
    group: "chest_pain",
  },
  {
    id: "input.routine.exertional_breathlessness",
    level: "routine",
    summary:
      "Breathless on exertion that is new, getting worse or comes with other symptoms such as swollen ankles",
    when: {
      all: [
        "BREATHLESS",
        "EXERTION",
        { any: ["WORSENING", "PERSISTENT", { lastingDays: 14 }, "COMPLAINT"] },
      ],
    },
    personal: true,
    group: "breathing",
  },
  {
    id: "input.routine.new_lump",
    level: "routine",
    summary: "New lump or change (breast, neck, armpit, groin, testicle or elsewhere)",
    when: { any: ["LUMP", "LUMP_ANY", "BREAST_CHANGE"] },
    personal: true,
    group: "lump",
  },
];
