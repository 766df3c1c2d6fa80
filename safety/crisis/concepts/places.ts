// At a place of danger now (clinical-safety.md §3.4 Q6 "went to a roof", §3.5 MH-4): an edge, a ledge,
// a height or the tracks "right now". Someone who writes to a health line from there is at risk even
// with nothing else said, so only an ordinary reason named for being there holds it back (PLACE_BENIGN).
import type { ConceptDefs } from "../../text/patterns.ts";

const DROP =
  "bridge|roof|rooftop|cliff|cliffs|building|carpark|multistorey|storey|tower|block|balcony|platform|quarry|pier|dam|viaduct|flyover|overpass|motorway|parapet|railing|railings";
const HIGH =
  "bridge|roof|rooftop|cliff|ledge|balcony|parapet|railing|railings|overpass|flyover|viaduct|pier|tower|dam|quarry|multistorey|storey|tracks|railway|rails";
const NOW = "[right now/rn/now/atm/at the moment/as we speak/as i type/as i write/tonight]";
const POSITION = "am|standing|stood|sitting|sat|perched|balancing|climbed|climbing|leaning|hanging";

export const PLACE_CONCEPTS: ConceptDefs = {
  // Clear on its own: at the edge of a drop, out on a ledge, at a height or on the tracks "right now".
  AT_DANGER_NOW: [
    `${POSITION} ~3 [edge|ledge|edges|parapet] ~1 of ~3 ${DROP}`,
    `${POSITION} ~3 [edge|ledge] ~1 of ~2 [car park/multi storey/parking garage/tower block]`,
    `${POSITION} ~3 [cliff edge/bridge edge/roof edge/platform edge/window ledge/the ledge/a ledge/the parapet]`,
    `${POSITION}|up|out|currently|still ~3 on|at|atop|over|onto|off ~3 ${HIGH} ~3 ${NOW}`,
    `${NOW} ~3 ${POSITION} ~3 on|at|atop|over|onto ~3 ${HIGH}`,
    `on|onto|out ~1 [the|a] ~1 [ledge/parapet/edge/roof edge/cliff edge] ~2 ${NOW}`,
    "am|standing|stood|sitting|sat|lying|laying|walking ~2 on|onto|along|between ~2 [the tracks/the train tracks/the railway tracks/the railway line/the rails]",
  ],
  // At a station or platform, or staying off the train: dangerous only beside crisis talk or a train intent.
  AT_STATION_IF_CONTEXT: [
    "[am|standing|stood|sitting|sat|waiting|currently|down] ~3 [at|on|by] ~2 [platform/station/level crossing/crossing/tracks/railway]",
    "[not getting on/not get on/not going to get on/let ~2 pass/let it go past/let them go past] ~3 train|trains|one|it",
  ],
  // The train or traffic as the means: "step in front of one", "jump in front of the next".
  FRONT_OF_ONE_IF_CONTEXT: [
    "[step|stepping|jump|jumping|throw|throwing|walk|walking|lie|lying|lay|go|going] ~2 [in front of/infront of/under/onto the tracks|rails/on the tracks|rails] ~2 [one/it/the next/the next one/the fast one/a fast one/the express/the next train]",
    "train|trains|one ~3 [to jump in front of/to step in front of/to jump under/to throw myself under/to throw myself in front of/to walk in front of]",
  ],
  // Ordinary reasons to be on a bridge, roof, ledge or platform (the look-alikes).
  PLACE_BENIGN: [
    "[fixing|fix|repairing|repair|cleaning|clean|painting|paint|checking|check|working|work|replacing|measuring|inspecting] ~4 [gutter|gutters|tiles|tile|roof|chimney|aerial|satellite|dish|solar|panels|leak|windows|shed|job|site|scaffolding|guttering]",
    "[taking|take|getting] ~3 [photos|photo|pictures|picture|pics|selfie|selfies|video|shots]",
    "[climbing wall/bouldering/abseiling/hiking/hike|hiked|walk|walked|walking|stroll|jog|jogging|run|running|cycling|cycled|ride|drive|driving|drove|crossed|crossing/on foot/by car/in the car/on the bus/stuck in traffic/in traffic/traffic jam/the view/sunset|sunrise|picnic|bbq|barbecue|party|drinks/rooftop bar/sunbathing/fireworks/fishing/bird watching|birdwatching/commute|commuting/on my way to|home]",
    "waiting ~1 for ~1 [my|our|a|the] [train|bus|lift|ride|friend|friends|mum|mom|dad|partner|taxi|uber|tram|connection]",
    "[my|our|the] ~1 train ~2 [is|was/has been] ~2 [late|delayed|cancelled|canceled]",
  ],
};
