// Lay wording for injuries that look small but need same-day care: high-speed fragments in the eye
// (grinding, hammering, drilling) and puncture wounds that may need tetanus cover (§1.2 L3).
import type { ConceptDefs } from "../../text/patterns.ts";

const WORK =
  "metal|metallic|grinding|grinder|drilling|drill|hammering|hammer|chiselling|chiseling|chisel|welding|welder|swarf|shard|sliver|filings|strimmer|strimming|mower|mowing";

export const WOUNDS_EYES_CONCEPTS: ConceptDefs = {
  // A fragment thrown at speed can go through the eye without much pain.
  EYE_PROJECTILE: [`${WORK} ~8 [eye|eyes|eyeball]`, `[eye|eyes|eyeball] ~8 ${WORK}`],
  PUNCTURE: [
    "puncture|punctured ~2 wound|wounds|foot|hand|skin",
    "[nail|nails|screw|spike|fork|rake|pitchfork|rusty|wire] ~5 [through|into|in] ~3 [shoe|shoes|boot|boots|trainer|trainers|foot|feet|hand|palm|sole|heel|leg|skin|finger]",
    "[stepped|stood|trod|trodden|stepping|standing|treading] on ~2 [nail|nails|rusty|screw|spike|rake|fork]",
  ],
  TETANUS_UNKNOWN: [
    "[not sure/unsure/no idea/not know/can not remember/cannot remember/not remember/never had/not had/out of date/overdue/not up to date] ~6 [tetanus|booster|jabs]",
    "tetanus|booster ~6 [not sure/unsure/no idea/out of date/overdue/unknown/ages ago/years ago/not up to date]",
  ],
  TETANUS_OK: [
    "[tetanus|booster|jabs] ~4 [up to date/in date/last year/this year/recently/last month/months ago/a year ago]",
    "[up to date/in date] ~4 [tetanus|booster|jabs]",
  ],
};
