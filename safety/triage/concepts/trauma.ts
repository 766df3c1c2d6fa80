// Lay wording for injuries: severe bleeding, major trauma, burns, choking, drowning, and the minor
// injuries that are self-care (clinical-safety.md §1.3 rows 12, 25).
import type { ConceptDefs } from "../../text/patterns.ts";

export const TRAUMA_CONCEPTS: ConceptDefs = {
  SEVERE_BLEED: [
    "bleed|bleeding|blood ~3 not ~2 stop|stopping|slow|slowing",
    "not ~2 stop ~2 bleed|bleeding|blood",
    "spurt*|squirt*|pumping|pulsing|gushing|pouring ~3 blood|out|bleed*",
    "blood ~3 spurt*|squirting|pumping|gushing|pouring|everywhere",
    "blood ~2 all over",
    "soak*|soaking|soaked ~3 through ~3 towel|towels|bandage|bandages|cloth|dressing|shirt|tea",
    "[pool/puddle/lot/lots/loads/so much] ~2 of? ~1 blood",
    "bleeding ~2 [heavily|badly|profusely|loads/a lot/like crazy/so much]",
    "heavy|heavily|profuse|profusely|massive|severe|uncontrolled ~1 bleed|bleeding",
    "lost ~3 lot ~1 of ~1 blood",
  ],
  NOSEBLEED: ["nosebleed|nosebleeds", "nose ~2 bleed|bleeding|bleeds|bled", "bloody ~1 nose"],
  MAJOR_TRAUMA: [
    "[hit/knocked down/run over/struck] ~2 by ~2 car|bus|truck|lorry|van|vehicle|motorbike|train|motorcycle",
    "run ~1 over",
    "stabbed|knifed|impaled",
    "trapped ~2 in|under ~2 car|vehicle|rubble|wreckage|machine|machinery",
    "crushed ~2 by|under",
    "stab ~1 wound|wounds",
    "gunshot|gunshots",
    "shot ~1 wound",
    "been ~1 shot",
    "[fell|fallen|fall/fell off/fallen off/fell from/fall from] ~4 roof|ladder|height|balcony|window|scaffold|scaffolding|tree|building|cliff|bridge|horse",
    "[fell|fallen|fall/fell off/fallen off/fell from/fall from] ~2 # ~1 metres|meters|feet|ft|storeys|floors|stories",
    "bone ~3 [sticking out/through the skin/poking out/showing]",
    "amputat*|severed",
    "cut ~1 off ~2 finger|toe|hand|thumb",
    "head ~1 on ~1 collision",
  ],
  VEHICLE_CRASH: [
    "[car/road/traffic/motorbike/motorcycle/bike/cycling/rta] ~1 crash|accident|collision|wreck",
    "crashed ~2 car|bike|motorbike",
  ],
  BURN: ["burn|burns|burnt|burned|scald|scalded|scalds|scalding"],
  BURN_SEVERE: [
    "[burn|burns|burnt|burned|scald|scalded] ~4 [whole|entire|large|big|huge/all over] ~2 arm|leg|chest|back|face|body|hand|side",
    "burnt|burned|scalded|scald ~3 face|airway|genitals|eyes|eye",
    "third|3rd ~1 degree",
    "full ~1 thickness",
    "[white/charred/leathery/black] ~2 skin|burn",
    "chemical|acid|electrical|electric ~1 burn|burns",
    "[burn|burns|burnt|burned|scald|scalded] ~4 bigger ~1 than ~2 hand|palm",
    "inhaled ~2 smoke|fumes",
    "[house fire/caught fire/clothes caught]",
    "electrocuted",
    "electric ~1 shock",
  ],
  BURN_MINOR: [
    "[small/minor/little/tiny/slight/mild] ~1 burn|scald|burns",
    "burnt|burned|burn ~2 finger|fingers|hand|thumb|arm|wrist ~3 [on|iron|kettle|stove|hob|tray|pan|oven|straighteners|curling]",
    "touched ~2 oven|hob|pan|iron|stove|kettle",
  ],
  // "burning when I pee", "burning chest": a symptom, not a burn injury.
  NOT_BURN: [
    "heart ~1 burn|burns|burning",
    "burning|burn|burns ~3 when|pee|peeing|wee|weeing|urinate|urinating|sensation|feeling|chest|throat|stomach|tongue|eyes|feet|skin|inside|up",
    "burning up",
  ],
  CHOKING: ["choking|choked", "stuck ~2 in ~2 throat ~3 not ~1 breathe|cough|speak"],
  STUCK_IN_THROAT: [
    "[something/food/bone/sweet|candy/piece of/fish bone/pill|tablet] ~3 stuck ~3 [throat/windpipe/airway/gullet]",
  ],
  DROWNING: [
    "drown|drowned|drowning",
    "[nearly/almost] ~1 drowned",
    "pulled ~3 [from/out of] ~2 water|pool|sea|lake|river|bath",
    "face ~1 down ~2 in ~2 water|pool|bath",
    "inhaled ~2 water",
  ],
  RESOLVED: [
    "[fine now/ok now/okay now/alright now/better now/back to normal/normal now/coughed it up/cough it up/came out/came back up/got it out/stopped now/gone now/went away/back to himself/back to herself/playing normally/acting normally/seems fine/seems okay/seems ok]",
  ],
  CUT_DEEP: [
    "[deep/gaping/large/wide/nasty/bad] ~2 cut|gash|wound|laceration",
    "cut|gash|wound|laceration ~4 [deep/gaping/wide open/need stitches/needs stitches/might need stitches/see fat/see the bone/see bone/to the bone/edges apart]",
    "[need/needs/needed/might need/may need/will need/get/for] ~2 stitches|sutures|glue",
    "steri ~1 strips",
  ],
  CUT_MINOR: [
    "[small/minor/little/tiny/shallow/paper] ~1 cut|cuts|graze|scrape|scratch|nick",
    "graze|grazed|scrape|scraped|scratched",
  ],
  FRACTURE: [
    "broke|broken|fracture|fractured|snapped|cracked ~3 arm|leg|wrist|ankle|bone|finger|toe|hip|collarbone|elbow|knee|foot|hand|nose|thumb",
    "not ~2 [put weight/bear weight/walk on it/stand on it]",
    "[bent/deformed/wrong angle/out of place/misshapen] ~3 arm|leg|wrist|finger|ankle",
    "dislocat*",
    "heard ~2 crack|snap|pop",
  ],
  SPRAIN: [
    "sprain*",
    "twisted|rolled|turned|strained|tweaked ~2 ankle|knee|wrist|back",
    "went over ~2 ankle",
    "pulled ~2 muscle|hamstring|calf|groin",
  ],
  ANIMAL_BITE: [
    "bitten|bite|bites ~4 [dog|cat|animal|human|person|fox|bat|rat|monkey/by a]",
    "dog|cat|animal|bat|rat|fox ~3 bite|bitten|scratched",
  ],
  INSECT_STING: [
    "[bee/wasp/hornet/jellyfish/nettle/nettles/insect] ~1 sting|stings|stung",
    "stung ~2 by",
    "[got/been/was/got ~1 a] stung|sting",
    "[insect|bug|mosquito|gnat|midge|horsefly|ant|flea|spider] ~1 bite|bites",
    "bitten ~2 by ~2 insect|bug|mosquito|spider|midge|gnat|horsefly",
  ],
  SUNBURN: [
    "sunburn|sunburnt|sunburned",
    "[sun burn/burnt in the sun/burned in the sun/too much sun]",
  ],
  INJURY: [
    "fell|fall|fallen|tripped|slipped|injured|injury|bumped|banged|knocked|twisted|sprained|strained|broke|broken|dislocat*|landed|sprain",
    "slept ~2 on ~1 it|arm|funny|wrong",
  ],
  ANTICOAG: [
    "warfarin|apixaban|rivaroxaban|edoxaban|dabigatran|eliquis|xarelto|pradaxa|lixiana|coumadin|heparin|clexane|enoxaparin|clopidogrel|anticoagulant|anticoagulants|anticoagulated",
    "blood ~1 thinner|thinners|thinning",
    "bleeding|clotting ~1 disorder",
    "haemophilia|hemophilia",
  ],
  PERIOD: ["period|periods|menstrual|menstruation|menses", "time of ~1 the ~1 month"],
  SNAKE_BITE: [
    "snake ~3 bite|bit|bitten",
    "bitten ~3 snake|adder|rattlesnake",
    "rattlesnake|adder ~2 bite|bit",
  ],
};
