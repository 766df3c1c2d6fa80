// Lay wording for a seriously ill baby or child: NICE "red" features, dehydration and recent jabs
// (clinical-safety.md §1.3 rows 9–10).
import type { ConceptDefs } from "../../text/patterns.ts";

export const CHILD_CONCEPTS: ConceptDefs = {
  INFANT: [
    "baby|babies|infant|infants|newborn|neonate|bub|bubba|preemie|premmie|babe",
    "new born",
    "[#/few/couple of] ~1 [week|weeks|day|days] ~1 old",
  ],
  CHILD: [
    "$CHILD|children|preschooler|schoolboy|schoolgirl",
    "little one",
    "# ~1 [year|years|month|months] ~1 old",
  ],
  FLOPPY: [
    "floppy|lifeless|ragdoll|hypotonic",
    "rag doll",
    "is|went|gone|goes|looks|seems|feels|very|all|completely|totally|really|body ~1 limp",
    "limp ~1 body",
    "no muscle tone",
  ],
  HARD_TO_WAKE: [
    "hard|difficult|struggl* ~1 to? ~1 wake|rouse|waking",
    "not wake|rouse ~2 properly|fully",
    "not ~1 stay awake",
    "very|really|extremely|unusually|abnormally|so ~1 sleepy|drowsy|lethargic",
    "not responding ~2 [to me/to us/to voice/to touch/normally/to anything]",
    "not ~2 interested in anything",
    "staring ~1 blankly",
    "glassy eyed",
  ],
  GRUNTING: ["grunt*", "breathing ~2 grunting"],
  WEAK_CRY: [
    "high ~1 pitched ~1 cry|crying|scream*|screech*|wail*",
    "[shrill/weird/strange/unusual/weak/whimpering/moaning] ~1 cry|crying|scream*|wail*",
    "cry|crying ~2 [high pitched/weird/strange/weakly]",
    "whimper*",
  ],
  INCONSOLABLE: [
    "[continuous/constant/inconsolable/non stop/nonstop] ~1 cry|crying|scream*",
    "cry|crying|screaming ~2 [constantly/for hours/inconsolabl*|nonstop/non stop/all day/all night]",
    "not stop ~1 crying|screaming",
    "inconsolable",
  ],
  CHEST_INDRAWING: [
    "chest|ribs|tummy|belly|neck|throat ~3 sucking|caving|sinking|pulling|sucked|drawing|sucks|pulls|sinks ~1 in",
    "recession|retractions|retracting|indrawing",
    "tracheal ~1 tug",
    "nostrils ~2 flaring",
    "ribs ~2 showing ~2 breath*",
  ],
  FONTANELLE_BULGING: [
    "[soft spot/fontanelle/fontanel] ~3 bulg*|swollen|raised|tense|puffy|sticking",
  ],
  FONTANELLE_SUNKEN: ["[soft spot/fontanelle/fontanel] ~3 sunken|sunk|dipped|sinking"],
  NOT_FEEDING: [
    "not ~2 feed*|feeding|eating|drinking",
    "not ~2 taking ~2 [bottle/milk/breast/feeds/fluids/anything/much]",
    "refus* ~2 feed*|bottle|milk|breast|food|drink|drinks|fluids|feeds",
    "off ~1 his|her|their ~1 feeds|food|milk",
    "not feeding",
    "feeding ~2 poorly",
  ],
  WET_NAPPY_COUNT: ["# ~2 wet ~1 nappies|nappy|diapers|diaper"],
  DEHYDRATION: [
    "dry ~1 mouth|lips|tongue",
    "no tears",
    "crying ~1 without ~1 tears",
    "sunken ~1 eyes",
    "eyes ~2 sunken",
    "dehydrat*",
  ],
  VACCINE_RECENT: [
    "vaccin*|jab|jabs|immunisation*|immunization*|shots|injections ~3 [today|yesterday|hours|day/this morning]",
    "had|after|since ~3 jabs|vaccinations|immunisations|immunizations|shots|vaccines|vaccine|injections|jab",
  ],
};
