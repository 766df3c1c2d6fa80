// Emergencies that need hospital now though not an ambulance by default: acute angle-closure glaucoma,
// acute urinary retention and an acute abdomen (clinical-safety.md §1.2 L2; P3, P5).
import type { TriageRule } from "../rule-types.ts";

const PAIN_STRONG = { any: ["STRONG_PAIN", "DANGER_CRITICAL"] };

export const EMERGENCY_ACUTE_RULES: readonly TriageRule[] = [
  {
    id: "input.emergency.acute_glaucoma",
    level: "emergency",
    disposition: "go_now",
    summary:
      "Sudden painful red eye with blurred vision, haloes around lights, headache or vomiting: possible acute glaucoma, needs eye emergency care now",
    when: {
      all: [
        "EYE_PAIN",
        {
          any: [
            "HALOS",
            {
              all: [
                { any: ["SUDDEN", "STRONG_PAIN", "SEVERE"] },
                { any: ["VISION_DISTURB", "VISION_LOSS", "NAUSEA", "VOMITING", "HEADACHE"] },
              ],
            },
          ],
        },
      ],
    },
    group: "eye",
  },
  {
    id: "input.emergency.urinary_retention",
    level: "emergency",
    disposition: "go_now",
    summary:
      "Can't pass urine at all for hours with a full, painful bladder: acute urinary retention needs draining at hospital",
    when: { all: ["URINE_CANT", "RETENTION_SEVERE"] },
    group: "cauda_equina",
  },
  {
    id: "input.emergency.acute_abdomen",
    level: "emergency",
    disposition: "go_now",
    summary:
      "Sudden severe tummy pain, a rigid or board-hard tummy, or tummy pain with fainting or unable to move: needs hospital assessment now",
    when: {
      any: [
        "RIGID_ABDO",
        {
          all: [
            { any: ["ABDO_PAIN", "ABDO_SEVERE"] },
            PAIN_STRONG,
            { any: ["SUDDEN", "CANT_MOVE", "FAINTED", "COLLAPSED", "LIGHTHEADED"] },
          ],
        },
      ],
    },
    unless: { any: ["PERIOD", "SELF_LIMITING"] },
    group: "abdomen",
  },
];
