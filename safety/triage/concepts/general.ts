// Lay wording for the remaining presentations: testicular torsion, eye problems, GI bleeding, and the
// persistent (routine) and minor (self-care) complaints, plus care-navigation requests.
import type { ConceptDefs } from "../../text/patterns.ts";

export const GENERAL_CONCEPTS: ConceptDefs = {
  TESTICLE_PAIN: [
    "testicle|testicles|testical|testicals|testis|testes|scrotum|scrotal|nutsack|ballsack ~3 $PAIN|agony|swollen|swelling|killing|kicked",
    "ball|balls|nut|nuts ~3 $PAIN|agony|killing",
    "$PAIN ~3 in ~2 testicle|testicles|testical|testis|scrotum|ball|balls|nut|nuts",
    "groin ~3 $PAIN ~4 sick|vomit*|throw*|swollen",
  ],
  WOKE_FROM_SLEEP: ["woke ~2 me|him|up ~3 pain", "woken ~2 by ~2 pain", "pain ~3 woke"],
  SUDDEN: ["$SUDDEN", "out of nowhere", "all of a sudden", "came on ~2 fast|quickly"],
  SEVERE: [
    "severe|excruciating|unbearable|agony|agonising|agonizing|crippling|horrendous|worst",
    "[really/very/so/extremely] ~1 [bad|painful|sore/bad pain]",
    "# ~1 out of ~1 10",
    "#/10|10/10",
    "killing",
  ],
  EYE_PAIN: [
    "eye|eyes|eyeball ~5 $PAIN|painful|throb*|stabbing",
    "$PAIN ~2 in ~2 eye|eyes",
    "something ~2 in ~2 eye|eyes",
    "red ~2 painful ~1 eye|eyes",
    "painful|sore|throbbing ~2 red? ~1 eye|eyes",
    "scratched ~2 eye|cornea",
    "eye|eyes ~8 [stings|stinging|burning|burns|sore|scratchy] ~2 [really|so|badly|bad|a lot|loads]",
  ],
  EYE_CHEMICAL: [
    "[bleach|chemical|chemicals|acid|alkali|cleaner|lime|cement|ammonia|detergent|spray|sanitiser|sanitizer/oven cleaner] ~4 in ~2 eye|eyes",
    "splash*|squirted|sprayed ~3 eye|eyes",
    "eye|eyes ~3 [splashed|sprayed|squirted|got] ~4 [bleach|chemical|chemicals|acid|cleaner|ammonia|cement|lime|alkali/oven cleaner/drain cleaner]",
  ],
  GI_BLEED: [
    "vomit*|vomiting|throwing|threw|sick|puking ~3 [blood/up blood/red/coffee grounds]",
    "blood ~3 in ~2 vomit|sick",
    "coffee ~1 grounds|granules",
    "black|tarry ~2 poo|poop|stool|stools|tar|motion|motions",
    "poo|poop|stool|stools ~4 [black and sticky/black and tarry/like tar/tarry/black like tar/sticky and black/jet black]",
    "[passing/pooing/pooping] ~2 blood ~4 [dizzy/faint/lots/a lot/loads]",
    "[vomit*|vomiting|sick|puking/throwing up/threw up/bringing up/brought up] ~3 [blood/red/bright red/dark red/clots]",
  ],
  // A few streaks of blood after retching: still same-day, not the emergency of a bleed.
  VOMIT_STREAKS: [
    "[streak|streaks|fleck|flecks|speck|specks|spot|spots|tinge|trace|traces|thread|threads|bit/tiny bit/little bit/bit of] ~2 of? ~1 blood ~4 [vomit|sick|it|spit|saliva]",
    "[vomit|sick] ~4 [streaks|flecks|specks|tinge|trace|threads] ~2 of? ~1 blood",
    "blood ~2 streaked|streaky|tinged|flecked",
  ],
  // Black stools with an everyday explanation: iron tablets, bismuth, liquorice.
  BLACK_EXPLAINED: [
    "black ~8 [iron|ferrous|bismuth|pepto|liquorice|licorice|blueberries|blackberries|beetroot]",
    "[iron|ferrous|bismuth|pepto|liquorice|licorice|blueberries|blackberries] ~8 black",
  ],
  RECTAL_BLOOD: [
    "blood ~3 [in|on ~2 poo|poop|stool|stools/on ~2 toilet paper/when i wipe]",
    "blood ~3 [from ~2 bum|bottom|rectum|anus|behind/from my back passage/from his back passage/from her back passage]",
    "[pooing|pooping|shitting|passing] ~2 blood",
    "[bloody/blood in ~2] ~1 [diarrhoea|diarrhea|diarrhoea|poo|poos|stools|runs]",
    "[diarrhoea|diarrhea|poo|poos|stools|runs] ~3 [with blood/blood in it/bloody/with some blood/with bits of blood/and blood]",
    "[diarrhoea|diarrhea|poo|poos|stools|runs] ~8 [blood in it/blood in them/blood mixed in/streaks of blood/bits of blood/specks of blood/fresh blood/red blood]",
    "rectal ~1 bleeding",
    "bleeding ~2 from ~2 bum|bottom|rectum",
  ],
  URINE_BLOOD: [
    "blood ~3 in ~2 urine|pee|wee",
    "bloody|red|pink ~1 urine|pee|wee",
    "haematuria|hematuria",
  ],
  SWALLOW_PROBLEM: [
    "food ~3 stick*|stuck ~3 [throat/chest/going down]",
    "food ~3 stick*|stuck ~4 swallow*",
    "difficulty|trouble|hard|problems ~2 swallow*",
  ],
  MOLE: [
    "[mole|moles|freckle|birthmark/beauty spot/skin spot] ~6 chang*|grow*|bigger|bleed*|itch*|darker|irregular|spread*|different|weird|odd|crust*|raised|new",
    "new ~2 mole|moles",
    "melanoma",
  ],
  LUMP: [
    "lump|lumps|mass ~4 breast|neck|armpit|testicle|testicles|groin|throat|stomach|chest|ball|balls",
    "breast|neck|armpit|testicle|groin ~2 lump|lumps",
  ],
  JOINT_PAIN: [
    "joint|joints|knee|knees|hip|hips|shoulder|shoulders|elbow|elbows|wrist|wrists|ankle|ankles|knuckles ~3 $PAIN|stiff|stiffness|swollen|swelling",
    "arthritis|gout",
  ],
  TIRED: [
    "tired|exhausted|fatigue|fatigued|drained|knackered|shattered|lethargy",
    "no ~1 energy",
    "worn ~1 out",
    "wiped ~1 out",
  ],
  WEIGHT_LOSS: [
    "lost ~3 weight|kg|kilos|pounds|lbs|stone",
    "[weight loss/losing weight] ~3 [without trying/for no reason/unexplained]",
  ],
  LOW_MOOD: ["depressed|depression|down|low|sad|miserable|anxious|anxiety|stressed", "low ~1 mood"],
  NIGHT_SWEATS: [
    "night ~1 sweats",
    "sweat|sweating ~3 at night",
    // Drenching sweats described by the bedding rather than named.
    "[wake|woke|waking|wakes|woken] ~4 [soaked|soaking|drenched|drenching|dripping|pouring|covered|bathed] ~2 [sweat|sweats|sweating]",
    "[soaking|soaked|drenched|drenching] ~3 [sheets|pyjamas|pajamas|bedding|pillow|bed|nightie] ~4 [sweat|sweats|sweating]",
    "[sweat|sweating|sweats] ~4 [through|soaking|soaked|drenching|drenched] ~2 [sheets|pyjamas|pajamas|bedding|pillow|bed|nightie]",
  ],
  CONSTIPATION: [
    "constipat*",
    "not ~2 [pooed|pooped|poo|poop/been to the toilet/had a bowel movement/had a poo]",
    "hard ~1 stools|poo|poop",
  ],
  DIARRHOEA: [
    "diarrh*|diarhea|diarrea|diarhoea|runs|trots",
    "[loose/runny/watery] ~1 stools|stool|poo|poop|poos",
    "[upset stomach/stomach bug/tummy bug/food poisoning/sickness bug/gastro]",
  ],
  HAY_FEVER: [
    "hay ~1 fever",
    "hayfever|pollen",
    "itchy ~1 eyes",
    "watery ~1 eyes",
    "seasonal ~1 allergies",
  ],
  MOUTH_ULCER: [
    "mouth ~1 ulcer|ulcers",
    "canker ~1 sore|sores",
    "cold ~1 sore|sores",
    "fever ~1 blister|blisters",
  ],
  MILD: [
    "mild|mildly|slight|slightly|minor|little|small|niggle|niggly",
    "[a bit/a little/bit of/a touch of]",
    "not ~1 [too bad/that bad/very bad/serious]",
  ],
  TENSION: [
    "stress|stressed|tension|tense|screen|screens|dehydrated|hungover|hangover|caffeine|eyestrain",
  ],
  ACHES: ["$PAIN|ache|aches|aching|sore|stiff|cramp|cramps", "muscle ~1 $PAIN"],
  // Any symptom word at all: the floor for a personal report that no specific rule matched.
  SYMPTOM: [
    "$PAIN|rash|itch|itchy|itching|swollen|swelling|lump|bleeding|numb|numbness|tingling|dizzy|dizziness|cough|coughing|nausea|nauseous|vomiting|diarrhoea|diarrhea|fever|headache|cramp|cramps|spasm|spasms|discharge|burning|stiff|stiffness|bruise|bruising|infection|insomnia|wheezing|wheezy|constipated|bloated|bloating|palpitations|blister|blisters|spots|acne|eczema|psoriasis|hives|sneezing|congested|shaky|weak|weakness|tired|exhausted|breathless|sick|unwell|ill|poorly|symptom|symptoms",
    "not ~1 [feel|feeling ~1 well|right/sleep|sleeping]",
  ],
  // A health topic named in a question ("what is a stroke?"): marks the question as health education.
  HEALTH_TOPIC: [
    "stroke|strokes|seizure|seizures|epilepsy|meningitis|sepsis|asthma|diabetes|diabetic|anaphylaxis|allergy|allergies|heart|cancer|covid|flu|fever|pregnancy|pregnant|blood|cholesterol|vaccine|vaccines|medicine|medication|dose|symptom|symptoms|condition|disease|illness|infection|virus|pain|injury|burn|rash|headache|migraine|baby|health|treatment|depression|anxiety|overdose|poisoning|dementia|arthritis|sunburn|cold|cough|concussion|dehydration|attack|tia|dvt|clot|fracture|sprain|bleeding|wound|cpr",
    "first aid",
  ],
  NAVIGATION: [
    "appointment|appointments|appt|book|booking|reschedule|cancel|prescription|prescriptions|refill|refills|repeat|results|records|bill|billing|invoice|insurance|referral|portal|password|login|pharmacy|parking|registration|register|vaccination|vaccine|clinic|opening|reception|receptionist",
    "[gp surgery/the surgery/your surgery/surgery open/surgery hours/what time/open today/open on]",
    "[flu jab/sick note/fit note/doctor's note/test results/phone number/opening hours/visiting hours/log in/sign up]",
  ],
};
