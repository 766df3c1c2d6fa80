// Lay wording for anaphylaxis, fever, sepsis (adult and child), meningitis and spreading infection
// (clinical-safety.md §1.3 rows 6, 8, 9, 10, 11; NICE "red" features for under-5s).
import type { ConceptDefs } from "../../text/patterns.ts";

export const ALLERGY_INFECTION_CONCEPTS: ConceptDefs = {
  AIRWAY_SWELL: [
    "throat ~4 clos*|closing|tight|tightening|narrowing|constrict*",
    "tongue ~3 swell*|swollen|big|huge|thick|puffy|fat",
    "swell*|swollen ~3 tongue|airway",
  ],
  THROAT_SWOLLEN: ["throat ~3 swell*|swollen|puffy", "swell*|swollen ~2 throat"],
  CANT_SWALLOW: [
    "not ~1 swallow|swallowing",
    "difficulty|trouble|hard|struggling|problems ~2 swallow*",
  ],
  LIP_FACE_SWELL: [
    "lip|lips|face|eye|eyes|eyelid|eyelids|mouth ~3 [swell*|swollen|puff*|huge|big|fat/blowing up/blown up/blew up]",
    "swell*|swollen|puffy ~2 lip|lips|face|eyes|mouth",
    "angioedema|angioedema",
  ],
  ALLERGY_TRIGGER: [
    "allerg*|peanut|peanuts|nut|nuts|sesame|shellfish|prawn|prawns|shrimp|seafood|penicillin|amoxicillin|bee|wasp|hornet|latex|stung",
    "new ~1 medication|medicine|tablet|tablets|antibiotic|antibiotics|drug",
    "after ~2 [eating|taking|starting/being stung]",
    "ate ~2 something",
  ],
  HIVES: [
    "hive|hives|welts|urticaria",
    "itchy ~1 rash",
    "rash ~3 [all over/everywhere|spreading]",
    "itchy ~2 all over",
  ],
  EPIPEN_USED: [
    "used|use|using|gave|give|given|injected|jabbed|administered|administer ~3 [epipen|epipens|jext|emerade|autoinjector|adrenaline|epinephrine/epi pen/auto injector]",
    "[epipen|adrenaline/epi pen] ~3 used|given|in|administered",
  ],
  ANAPHYLAXIS: [
    "anaphyla*|anaphylactic|anafalaxis|anaphalaxis|anafylaxis|anafilaxis",
    "[allergic reaction/reaction] ~2 bad|severe|serious|major|huge|massive",
    "$SEVERE ~2 allergic ~1 reaction",
  ],
  ALLERGIC_REACTION: [
    "allergic ~1 reaction|reacting|reactions",
    "[having/had/got/getting/bad/having a/had a/got a] ~1 reaction ~2 to",
    "reacted|reacting ~1 to",
  ],
  FEVER: [
    "fever|fevers|feverish|febrile|pyrexi*|pyrexial",
    "high|raised|hot ~2 temp|temperature|temperatures",
    "burning up",
    "hot to ~1 the? touch",
    "have|has|got|had|running|run|with ~2 a? ~1 temp|temperature|temperatures",
    "temp|temperature ~3 #",
    "spiking|spiked ~2 temp*",
    "feel|feels|felt|feeling ~2 hot|warm|boiling|feverish|clammy ~2 to? ~1 the? ~1 touch?",
  ],
  // "hay fever" and "fever blister" are not fevers.
  NOT_FEVER: ["hay ~1 fever", "hayfever", "fever ~1 blister|blisters"],
  INFECTION: [
    "infection|infections|infected|uti|utis|pneumonia|cellulitis|abscess|flu|influenza|covid|virus|viral|tonsillitis|strep|gastro|boil|pyelonephritis|bronchitis|antibiotic|antibiotics|pus|oozing|cystitis|mastitis|septic",
    "[stomach/tummy/sickness] bug",
    "[water/chest/kidney/bladder/urine/ear/wound] infection",
  ],
  SHIVERING: [
    "shak*|shiver*|trembl* ~2 [uncontrollabl*|violently|badly|terribly/non stop]",
    "uncontrollabl* ~2 shak*|shiver*|trembl*",
    "rigors|rigor",
    "teeth ~2 chattering",
    "not stop ~2 shaking|shivering",
  ],
  MOTTLED: [
    "mottl*|marbled|marbling",
    "skin ~3 blotchy|purple|discolou*|discolor*|ashen|grey|gray|blue|mottled",
    "blotchy|pale|white ~3 cold ~2 hands|feet|skin",
    "cold ~2 hands ~2 feet",
    "ashen|grey ~2 skin|face|colour|color",
  ],
  NO_URINE: [
    "not ~2 pee|peed|peeing|wee|weed|weeing|urinat* ~4 [all day/today/since/hours/day/morning/yesterday/hrs/in hours]",
    "not ~2 [passed urine/passed water/been to the toilet/had a wee] ~4 [all day/today/since/hours/day]",
    "no ~1 urine|pee|wee ~3 [all day/today/since/hours/day]",
  ],
  NO_WET_NAPPY: [
    "no ~2 wet ~1 nappy|nappies|diaper|diapers",
    "dry ~1 nappy|nappies|diaper|diapers ~3 [all day/since/hours/morning/hrs]",
    "not ~2 [had a wet/wet] ~1 nappy|nappies|diaper|diapers",
  ],
  FEWER_WET: [
    "fewer|less ~2 wet ~1 nappies|nappy|diapers|diaper",
    "[not many/only #] ~2 wet ~1 nappies|nappy|diapers|diaper",
    "nappies|diapers|nappy|diaper ~3 [drier|dry/not as wet]",
    "not ~2 peeing|weeing ~2 [much/as much/as often]",
    "peeing|weeing ~1 less|hardly",
    "dark ~1 urine|pee|wee",
  ],
  FEEL_DYING: [
    "feel|feels|felt|feeling ~2 like ~3 [going to die/dying/about to die/will die]",
    "think ~3 [going to die/dying/about to die]",
    "sense of ~1 doom",
    "impending ~1 doom",
    "something ~2 terrible|awful ~1 is ~1 going to happen",
  ],
  SEPSIS: ["sepsis|sepis|septicaemia|septicemia", "blood poisoning", "septic ~1 shock"],
  NON_BLANCHING: [
    "rash|spots|marks|dots|blotches ~5 not ~2 fade|go|disappear|blanch|change ~4 glass|press*|pushing|pushed|tumbler",
    "glass|tumbler ~1 test",
    "non ~1 blanching",
    "not ~1 blanch*",
    "purple|purplish ~2 spots|rash|dots|blotches|marks|bruis*|pinpricks",
    "[dark red/red purple] ~1 spots|rash|dots",
    "pinprick|pinpoint ~2 rash|spots|dots",
    "[pin prick] ~2 rash|spots|dots",
    "petechia*|purpura",
    "rash|spots ~4 not ~1 fade|disappear ~2 when ~3 press*|pressed|push*|pushed",
  ],
  RASH: ["rash|rashes|spots|blotches|hives|welts"],
  MENINGITIS: ["meningitis|meningococcal|meningitus|menigitis|menengitis|meningococcus"],
  // "the meningitis jab" is a vaccine, not an illness.
  NOT_MENINGITIS: [
    "meningitis|meningococcal ~1 vaccine|vaccines|vaccination|jab|jabs|shot|shots|b|c|acwy|booster|immunisation|immunization",
  ],
  UTI: [
    "uti|utis|cystitis|pyelonephritis",
    "[water/bladder/urine/urinary/kidney] ~1 infection",
    "burn*|sting*|pain*|hurts|hurt ~3 when ~2 pee|peeing|wee|weeing|urinat*",
    "pee|peeing|wee|weeing|urinat* ~2 burn*|sting*|hurts|painful",
    "burning|stinging|painful ~1 pee|wee|urine|urination|peeing|weeing",
    "cloudy|smelly|bloody ~1 urine|pee|wee",
    "[crying|cries|cried|screams|screaming|scream] ~3 when ~2 [pee|peeing|wee|weeing|pees|wees|toilet]",
    "[stings|stinging|burns|burning|hurts|sore] ~3 [wee|pee|toilet]",
  ],
  FLANK_PAIN: [
    "side|flank|kidney|kidneys|loin ~3 $PAIN|pain|killing",
    "$PAIN ~3 in ~2 side|flank|kidney|kidneys|loin",
    "lower back ~2 $PAIN|pain",
  ],
  SPREADING_RED: [
    "red|redness|streak|streaks|line ~4 [spread*|growing|tracking|moving/getting bigger/going up]",
    "spread*|spreading ~2 redness|infection|red",
    "red ~1 line|lines|streak|streaks",
    "hot|warm ~2 swollen|red",
    "swollen|red|inflamed ~3 hot|warm",
    "cellulitis",
  ],
  WOUND_INFECTED: [
    "pus|oozing|weeping|discharge|smelly ~5 wound|cut|bite|graze|it|stitches|scar",
    "wound|cut|bite|graze|stitches|incision ~3 infected|pus|oozing|red|hot|swollen|smells",
  ],
  EARACHE: [
    "ear|ears ~3 ache|$PAIN|hurt*|infection|pulling|tugging",
    "earache|earaches|otitis",
    "ear ache",
    "pulling|tugging ~2 at? ~1 his|her|their? ~1 ear|ears",
  ],
  SORE_THROAT: [
    "sore throat",
    "throat ~3 sore|$PAIN|scratchy|hurts|raw|burning",
    "tonsillitis|strep",
  ],
  COLD: [
    "[a/bad/stinking/common/head/chest/heavy/horrible/nasty/streaming] cold|colds",
    "caught ~2 cold",
    "runny|blocked|stuffy|stuffed|snotty ~1 nose",
    "sneez*|snotty|sniffles|sniffly|congest*|coryza",
    "nose ~2 running|blocked|stuffed",
    "flu like",
  ],
  COUGH: ["cough|coughing|coughs|coughed|coughy"],
};
