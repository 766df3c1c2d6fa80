// Pregnancy emergencies: heavy bleeding, possible ruptured ectopic, pre-eclampsia warning signs and
// reduced fetal movements, where the maternity unit must be seen now, not tomorrow (§1.3 rows 18–20).
import type { TriageRule } from "../rule-types.ts";

const PREGNANT = { any: ["PREGNANT", { gestationFrom: 1 }] };
const MAYBE_PREGNANT = {
  any: ["PREGNANT", "MAYBE_PREGNANT", "GESTATION_AT", { gestationFrom: 1 }],
};

export const EMERGENCY_PREGNANCY_RULES: readonly TriageRule[] = [
  {
    id: "input.emergency.ectopic",
    level: "emergency",
    disposition: "call_now",
    summary:
      "Possible ruptured ectopic pregnancy: tummy pain with fainting, dizziness or shoulder-tip pain in early pregnancy",
    when: {
      any: [
        {
          all: [
            MAYBE_PREGNANT,
            { any: ["ONE_SIDED_PAIN", "ABDO_SEVERE", "ABDO_PAIN"] },
            { any: ["FAINTED", "LIGHTHEADED", "SHOULDER_TIP", "COLLAPSED"] },
          ],
        },
        { all: ["MAYBE_PREGNANT", { any: ["FAINTED", "COLLAPSED", "SHOULDER_TIP"] }] },
      ],
    },
    group: "pregnancy",
  },
  {
    id: "input.emergency.pregnancy_bleeding",
    level: "emergency",
    disposition: "go_now",
    summary:
      "Heavy bleeding in pregnancy or after birth, bleeding with severe tummy pain, or any bleeding after 20 weeks",
    when: {
      any: [
        {
          all: [
            { any: [MAYBE_PREGNANT, "POSTPARTUM"] },
            { any: ["HEAVY_BLEEDING", "SEVERE_BLEED", { all: ["BLEEDING", "ABDO_SEVERE"] }] },
          ],
        },
        // A "show" near term is expected; any other bleeding later in pregnancy is seen now.
        {
          all: [
            { any: [{ gestationFrom: 20 }, "LATE_PREGNANCY"] },
            { any: ["BLEEDING", "SPOTTING"] },
            { not: "SHOW" },
          ],
        },
      ],
    },
    group: "pregnancy",
  },
  {
    id: "input.emergency.pre_eclampsia",
    level: "emergency",
    disposition: "go_now",
    summary:
      "Possible pre-eclampsia: pregnant with a severe headache, vision changes, pain under the ribs or sudden swelling of the face or hands",
    when: {
      all: [
        { any: [PREGNANT, "POSTPARTUM"] },
        {
          any: [
            "SEVERE_HEADACHE",
            "VISION_DISTURB",
            "VISION_LOSS",
            "RIB_PAIN",
            "SUDDEN_SWELLING",
            { all: ["HEADACHE", "PERSISTENT"] },
          ],
        },
      ],
    },
    group: "pregnancy_bp",
  },
  {
    id: "input.emergency.reduced_fetal_movements",
    level: "emergency",
    disposition: "go_now",
    summary:
      "Baby moving less than usual or not at all in pregnancy: the maternity unit needs to check today, now",
    when: {
      any: ["FETAL_KICKS_REDUCED", { all: ["BABY_NOT_MOVING", MAYBE_PREGNANT] }],
    },
  },
  {
    id: "input.emergency.birth_emergency",
    level: "emergency",
    disposition: "call_now",
    summary:
      "Birth happening now or the cord showing: the cord, the baby's head or feet can be seen or felt",
    when: "BIRTH_EMERGENCY",
    unless: "BABY_ON_SCREEN",
    group: "pregnancy",
  },
];
