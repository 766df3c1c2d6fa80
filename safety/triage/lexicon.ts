// The triage vocabulary as one compiled lexicon (built once at module load), plus the overlaps that
// cancel a concept: "hay fever" is not a fever, "not responding to antibiotics" is not collapse.
import { compileLexicon } from "../text/patterns.ts";
import { ACUTE_CONCEPTS } from "./concepts/acute.ts";
import { ALLERGY_INFECTION_CONCEPTS } from "./concepts/allergy-infection.ts";
import { BODY_CONCEPTS, BODY_MACROS } from "./concepts/body.ts";
import { CARDIO_RESP_CONCEPTS } from "./concepts/cardio-resp.ts";
import { CHILD_CONCEPTS } from "./concepts/child.ts";
import { CONSCIOUSNESS_CONCEPTS } from "./concepts/consciousness.ts";
import { DANGER_CONCEPTS } from "./concepts/danger.ts";
import { GENERAL_CONCEPTS } from "./concepts/general.ts";
import { TRIAGE_MACROS } from "./concepts/macros.ts";
import { MINOR_CONCEPTS } from "./concepts/minor.ts";
import { NEURO_CONCEPTS } from "./concepts/neuro.ts";
import { PERSISTENT_CONCEPTS } from "./concepts/persistent.ts";
import { POISON_METABOLIC_CONCEPTS } from "./concepts/poison-metabolic.ts";
import { PREGNANCY_CONCEPTS } from "./concepts/pregnancy.ts";
import { REVIEW_CONCEPTS } from "./concepts/review.ts";
import { SAME_DAY_CONCEPTS } from "./concepts/same-day.ts";
import { TRAUMA_CONCEPTS } from "./concepts/trauma.ts";
import { WOUNDS_EYES_CONCEPTS } from "./concepts/wounds-eyes.ts";

export const TRIAGE_LEXICON = compileLexicon(
  "triage",
  {
    ...NEURO_CONCEPTS,
    ...CONSCIOUSNESS_CONCEPTS,
    ...CARDIO_RESP_CONCEPTS,
    ...ALLERGY_INFECTION_CONCEPTS,
    ...CHILD_CONCEPTS,
    ...POISON_METABOLIC_CONCEPTS,
    ...PREGNANCY_CONCEPTS,
    ...TRAUMA_CONCEPTS,
    ...GENERAL_CONCEPTS,
    ...ACUTE_CONCEPTS,
    ...SAME_DAY_CONCEPTS,
    ...PERSISTENT_CONCEPTS,
    ...MINOR_CONCEPTS,
    ...DANGER_CONCEPTS,
    ...BODY_CONCEPTS,
    ...WOUNDS_EYES_CONCEPTS,
    ...REVIEW_CONCEPTS,
  },
  { ...TRIAGE_MACROS, ...BODY_MACROS },
  {
    FEVER: ["NOT_FEVER"],
    GESTATION_AT: ["NOT_GESTATION"],
    UNRESPONSIVE: ["NOT_UNRESPONSIVE"],
    BREATHLESS_SEVERE: ["NOSE_BLOCKED"],
    STROKE_NAME: ["HEATSTROKE"],
    FACE_DROOP: ["NUMB_EXPLAINED"],
    LIMB_NUMB: ["NUMB_EXPLAINED"],
    ONE_SIDE: ["NUMB_EXPLAINED"],
    LIMB_WEAK: ["NUMB_EXPLAINED"],
    MENINGITIS: ["NOT_MENINGITIS"],
    CORROSIVE: ["NOT_POISON"],
    OVERDOSE: ["ROUTINE_MEDS", "OVERDOSE_THOUGHTS"],
    BURN: ["NOT_BURN"],
    BURN_SEVERE: ["NOT_BURN"],
    BURN_MINOR: ["NOT_BURN"],
    SYMPTOM: ["NOT_BURN"],
    SPEECH: ["SPEECH_DELAY"],
    COLLAPSED: ["NOT_COLLAPSED"],
    BLUE: ["BLUE_EXPLAINED"],
    GI_BLEED: ["VOMIT_STREAKS", "BLACK_EXPLAINED"],
    COMPLAINT: ["NOT_COMPLAINT"],
    SHINGLES: ["SHINGLES_VACCINE"],
    THIRST_PEE: ["THIRST_EXPLAINED"],
    DANGER_CRITICAL: ["NOT_DANGER"],
    NOT_BREATHING: ["CPR_TRAINING", "NOT_UNRESPONSIVE", "PULSE_SELF_CHECK"],
  },
);
