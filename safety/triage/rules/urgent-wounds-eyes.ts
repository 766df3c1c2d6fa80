// Same-day (L3) injuries that look minor in lay words: a fragment thrown into the eye, and a puncture
// wound when tetanus cover is unknown (§1.2 L3).
import type { TriageRule } from "../rule-types.ts";

export const URGENT_WOUNDS_EYES_RULES: readonly TriageRule[] = [
  {
    id: "input.urgent.eye_high_speed",
    level: "urgent",
    summary:
      "Something may have hit the eye at speed (grinding, hammering, drilling, metal): needs an eye check today even if it feels fine",
    when: "EYE_PROJECTILE",
    personal: true,
    group: "eye",
  },
  {
    id: "input.urgent.puncture_tetanus",
    level: "urgent",
    summary:
      "Puncture wound (nail, rusty metal, through a shoe) with tetanus cover unknown or out of date",
    // Not knowing counts as not covered (missing details never lower urgency).
    when: { all: ["PUNCTURE", { any: ["TETANUS_UNKNOWN", { not: "TETANUS_OK" }] }] },
    personal: true,
  },
];
