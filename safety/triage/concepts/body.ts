// The floor under every specific rule: a personal report of any bodily complaint in lay words ("my
// toe is red and swollen", "flaky scalp", "ears keep popping"). Matching it means "a symptom report",
// never a diagnosis; rules/complaints.ts turns it into self-care, or routine when it persists.
import type { ConceptDefs, Macros } from "../../text/patterns.ts";

export const BODY_MACROS: Macros = {
  // Lay body parts (wink lemmas cover plurals: "toes" → "toe", "feet" → "foot").
  BODYPART:
    "head|scalp|hair|forehead|temple|temples|face|cheek|cheeks|eye|eyes|eyelid|eyelids|eyebrow|eyebrows|eyelash|eyelashes|ear|ears|earlobe|nose|nostril|nostrils|sinus|sinuses|mouth|lip|lips|tongue|gum|gums|tooth|teeth|jaw|chin|throat|neck|nape|shoulder|shoulders|collarbone|armpit|armpits|arm|arms|elbow|elbows|forearm|wrist|wrists|hand|hands|palm|palms|finger|fingers|thumb|thumbs|knuckle|knuckles|nail|nails|fingernail|fingernails|chest|breast|breasts|boob|boobs|nipple|nipples|rib|ribs|ribcage|back|spine|tailbone|coccyx|stomach|tummy|belly|abdomen|navel|side|sides|waist|hip|hips|groin|bum|buttock|buttocks|bottom|anus|penis|willy|foreskin|testicle|testicles|scrotum|vagina|vulva|labia|genitals|privates|crotch|bladder|kidney|kidneys|leg|legs|thigh|thighs|knee|knees|kneecap|shin|shins|calf|calves|ankle|ankles|foot|feet|heel|heels|sole|soles|toe|toes|toenail|toenails|skin|muscle|muscles|joint|joints|bone|bones|vein|veins|gland|glands|tonsil|tonsils|voice|bowel|bowels|poo|stool|stools|wee|urine|pee|period|periods|body|limb|limbs|bunion|mole",
  // What people say is wrong with a body part.
  COMPLAINT:
    "pain|pains|painful|ache|aches|aching|achy|hurt|hurts|hurting|sore|soreness|tender|throbbing|throbs|stinging|stings|burning|burns|itch|itchy|itches|itching|itchiness|swollen|swelling|swell|swells|puffy|red|redness|inflamed|rash|rashy|spot|spots|spotty|pimple|pimples|lump|lumps|lumpy|bump|bumps|bumpy|blister|blisters|blistered|cyst|boil|boils|ulcer|ulcers|stiff|stiffness|numb|numbness|tingling|tingly|twitch|twitching|twitchy|cramp|cramps|cramping|spasm|spasms|weak|weakness|tight|tightness|clicking|clicks|popping|pops|cracking|crunching|grinding|locking|locks|bruise|bruised|bruising|dry|flaky|flaking|peeling|cracked|chapped|crusty|scaly|scabby|oozing|weeping|discharge|bleeding|bleeds|bleed|blocked|bunged|muffled|ringing|buzzing|watery|gritty|sticky|bloodshot|discoloured|discolored|yellow|smelly|smells|sweaty|sweating|hot|cold|killing|bothering|playing|sensitive|raw|irritated|irritation|infected|sunburnt|sunburned|grazed|scraped|stubbed|jarred|pulled|strained|tweaked|crick|cricked|wobbly|loose|chipped|bloated|bloating|gassy|windy|runny|heavy|funny|weird",
};

export const BODY_CONCEPTS: ConceptDefs = {
  COMPLAINT: [
    "$BODYPART ~3 $COMPLAINT",
    "$BODYPART ~8 hurts|hurt|hurting|stings|stinging|burns|burning|itches|itching|aches|aching|throbs|throbbing|sore|painful|swollen|bleeding|bleeds",
    "$COMPLAINT ~3 on|in|under|behind|around|between|inside|near ~2 $BODYPART",
    "$COMPLAINT ~1 $BODYPART",
    // Named everyday complaints with no body part ("I've got hiccups", "feeling bloated").
    "hiccup|hiccups|hiccough|bloated|bloating|wind|gas|burping|belching|farting|flatulence|snoring|insomnia|dizzy|dizziness|nausea|nauseous|queasy|shivery|achy|sneezing|sniffles|congested|congestion|catarrh|phlegm|mucus|snot|itchy|itching|rash|spots|acne|eczema|psoriasis|dermatitis|rosacea|dandruff|warts|wart|verruca|verrucas|corn|corns|callus|calluses|bunion|bunions|blister|blisters|splinter|stye|styes|conjunctivitis|thrush|piles|haemorrhoids|hemorrhoids|heartburn|indigestion|reflux|constipated|constipation|diarrhoea|diarrhea|cramps|cramp|twinge|twinges|niggle|sprain|strain|bruise|bruises|graze|scab|scabs|tinnitus|earache|toothache|headache|headaches|migraine|hangover|hungover|fatigue|lethargic|weak|shaky|wobbly|lightheaded|faint|sweats|sweaty|clammy|chills|shivers|unwell|poorly|ill|sick|symptom|symptoms",
    "[cold sore/athlete 's foot/athletes foot/athlete foot/pink eye/sticky eye/runny nose/blocked nose/stuffy nose/sore throat/ingrown toenail/ingrowing toenail/ingrown hair/razor bumps/razor burn/shaving rash/heat rash/prickly heat/nappy rash/diaper rash/cradle cap/head lice/jet lag/travel sickness/motion sickness/car sick/sea sick/morning sickness/period pain/period cramps/growing pains/muscle ache/muscle aches/stiff neck/bad back/dry skin/dry eyes/chapped lips/cracked lips/mouth ulcer/ear wax/earwax/bad breath/night sweats/hot flushes/hot flashes/hair loss/pins and needles/restless legs/swollen ankles/swollen feet/varicose veins/spider veins/thread veins/stretch marks/skin tags/skin tag/ringing ears]",
    "not ~1 [feel|feeling|felt ~1 well|right|great|myself|herself|himself/sleep|sleeping ~1 well?]",
    "[feel|feeling|felt|feels] ~2 [unwell|poorly|ill|rough|awful|terrible|rubbish|crap|lousy|off|yuck|grotty|peaky/run down/under the weather/out of sorts]",
    "[run down/off colour/off color/under the weather]",
  ],
  // Words that only look like complaints: "sick note", "a faint line on the test".
  NOT_COMPLAINT: [
    "sick ~1 note|notes|leave|pay|day|days|bag",
    "faint ~1 line|positive|smell|sound|memory|hope|idea|chance|praise",
    "side ~1 effect|effects",
  ],
};
