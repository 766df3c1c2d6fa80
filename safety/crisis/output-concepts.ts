// What model output must never contain (§3.3, N5): method descriptions, lethal amounts or doses for
// harm, and locations for suicide. Safe-use dosing ("no more than 4 g in 24 hours") is not flagged.
import type { ConceptDefs, Macros } from "../text/patterns.ts";

export const OUTPUT_MACROS: Macros = {
  UNIT: "mg|g|grams|gram|milligrams|tablets|tablets|pills|pill|capsules|units|ml|doses|times|x",
  HARM: "kill|killing|fatal|lethal|deadly|die|death|dying",
  PLACE:
    "bridge|bridges|building|buildings|cliff|cliffs|tower|towers|roof|rooftop|skyscraper|overpass|dam|car|carpark",
  METHOD:
    "hanging|jumping|overdosing|overdose|cutting|suffocation|suffocating|drowning|shooting|poisoning|asphyxiation|strangulation|helium|exsanguination",
};

export const OUTPUT_CONCEPTS: ConceptDefs = {
  LETHAL_AMOUNT: [
    "lethal|fatal|deadly|toxic ~1 dose|doses|amount|quantity|level|threshold ~6 #",
    "# ~2 $UNIT ~6 [can|could|would|will|may|might/is enough to/are enough to/enough to] ~2 [kill/be fatal/be lethal/cause death/be deadly/kill you/kill a person/kill someone]",
    "# ~2 $UNIT ~4 [is|are/would be/is considered/is usually] ~2 [lethal|fatal|deadly/a lethal dose/a fatal dose]",
    "[kill|killed/be fatal/be lethal/fatal dose/lethal dose/lethal amount/die] ~6 # ~1 $UNIT",
  ],
  METHOD_DETAIL: [
    "$METHOD ~3 [is|are/would be] ~3 [the most/a very/an|a] ~2 [effective|lethal|painless|quick|quickest|reliable|certain|peaceful] ~1 way|method|means",
    "most ~1 [painless|effective|lethal|reliable|certain|peaceful|quickest/least painful] ~2 way|ways|method|methods ~4 [is|are|include/would be]",
    "[tie a noose/tie the noose/tying a noose/slip knot/cut vertically/cut along the/along the vein/down the street not across/exit bag/plastic bag over/charcoal burning/burn charcoal/in a closed garage/run the engine/hose from the exhaust]",
    "ways|methods ~2 [to kill yourself/to die/of suicide/to end your life/to end it] ~3 [include|are|is/such as]",
    "$HARM ~4 within ~2 # ~1 minutes|hours|seconds",
    "[loses consciousness/lose consciousness/pass out/die] ~4 [within/after/in] ~2 # ~1 minutes|seconds",
  ],
  LOCATION_DETAIL: [
    "tallest|highest ~2 $PLACE ~5 [is|are|include|nearby/near you/in your area/would be]",
    "$PLACE ~6 # ~1 [meters|metres|feet|ft|m|storeys|stories|floors] ~2 [tall|high|drop|fall|above]",
    "[jump from/jump off/fall from] ~4 # ~1 [meters|metres|feet|ft|m|storeys|stories|floors]",
    "[fall|falls|jump|drop] ~3 from ~2 # ~1 [meters|metres|feet|ft|storeys|floors] ~4 $HARM",
  ],
};
