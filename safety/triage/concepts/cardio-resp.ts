// Lay wording for heart, chest and breathing warning signs: cardiac chest pain (incl. atypical),
// aortic dissection, pulmonary embolism, severe breathing difficulty and asthma (§1.3 rows 2–4, 7).
import type { ConceptDefs } from "../../text/patterns.ts";

export const CARDIO_RESP_CONCEPTS: ConceptDefs = {
  CHEST_PAIN: [
    "chest ~3 $PAIN|tight|tightness|pressure|heavy|heaviness|squeez*|crush*|stabbing|sharp|constrict*|clench*|weight|band|discomfort|agony|hurts|pains",
    "$PAIN|pressure|tightness|tight|heaviness|squeez*|crush*|weight|elephant|band ~3 in|on|across|over|around ~2 chest",
    "crushing|squeezing|gripping ~2 feeling|sensation|pain",
    "squeez*|crush*|gripping|grip|clench* ~3 my|his|her|the ~1 heart|chest",
    "[heavy/tight/strange/weird/funny/odd/horrible/painful/burning/crushing] ~1 feeling ~3 in|on|across ~2 chest",
    "heart ~2 hurt*|hurting|pain|aching|ache|squeez*",
    "cheat|chesr|chst ~1 pain|pains|tight",
    "chestpain|chestpains|angina",
    "tight|tightness|crushing|squeezing|gripping|constricted ~1 chest",
    "[grabbed|grabbing|clutched|clutching|gripping|gripped|holding|clasping|clasped] ~2 [his|her|my|their] ~1 chest",
  ],
  // Chest-wall pain clues: tender to touch, a pulled muscle, sore from coughing.
  CHEST_WALL: [
    "when ~2 press|touch|push|poke ~3 on|it|chest|there",
    "pulled|strained|tweaked ~2 muscle",
    "sore|hurts|ache|aches ~3 from ~2 coughing",
    "bruised|broken|cracked ~2 rib|ribs",
    "costochondritis",
    "[hurts/hurting/pain/painful/sore/aches/ache] ~2 when ~2 [cough|coughing|sneeze|sneezing|move|moving|twist|twisting|press|pressing|laugh|laughing]",
  ],
  HEART_ATTACK: [
    "heart|hart ~1 attack|attak|atack|attac|attacks",
    "cardiac ~1 event",
    "heartattack",
  ],
  RADIATING: [
    "$PAIN|numb|numbness|tingl*|heavy|heaviness|ache ~3 [down/into/to/through/spreading/spreads/radiating/radiates/going/moving/shooting/up] ~3 arm|arms|jaw|neck|shoulder|shoulders|back|teeth|throat",
    "jaw|teeth ~3 $PAIN|ache|aching|tight|tightness",
    "left ~1 arm ~3 $PAIN|numb|numbness|heavy|tingl*|dead|weak|ache|aching",
    "$PAIN|ache ~3 in ~2 left ~1 arm|shoulder",
    "between ~2 shoulder ~1 blades",
    "$PAIN|ache|aching ~3 in ~2 jaw|teeth|neck",
  ],
  SWEATING: [
    "sweat|sweats|sweating|sweated|sweaty|clammy|drenched|perspir*|diaphore*",
    "cold ~1 sweat|sweats|sweaty",
    "pouring with sweat",
  ],
  NAUSEA: [
    "nause*|queasy",
    "feel|feeling|felt|feels ~2 sick",
    "want to be sick",
    "sick to ~2 stomach",
  ],
  LIGHTHEADED: [
    "lightheaded|light-headed|dizzy|dizziness|woozy|faint|faintness",
    "light headed",
    "about to ~1 [pass out/faint]",
    "going to ~1 [pass out/faint]",
  ],
  HEARTBURN: [
    "heartburn|indigestion|reflux|gerd|gord|dyspepsia",
    "heart burn",
    "acid reflux",
    "burning ~3 chest|throat|oesophagus|esophagus",
  ],
  // "won't go away", "most days", "keeps coming back": it persists, whatever it is.
  PERSISTENT: [
    "not go|going|gone|get|getting|went ~1 away|better|anywhere",
    "not shift|shifting|settle|settling|ease|easing|improv*",
    "every day",
    "all the time",
    "constant|constantly|persistent|persists|ongoing|chronic|recurring|recurrent",
    "keeps|keep ~1 [coming back/happening/returning]",
    "on and off",
    "comes and goes",
    "for ages",
    "most days|nights",
  ],
  TEARING_PAIN: [
    "tearing|ripping|torn|rip ~3 pain|feeling|sensation ~4 chest|back|shoulder|blades|neck|stomach|through|between",
    "pain|feels ~3 like ~4 [tearing|ripping|torn|ripped/something tearing]",
    "[ripped|torn|tearing|ripping] ~2 [in half/apart/in two]",
    "tearing|ripping ~3 [through/into/in ~2 chest|back]",
    "pain ~3 tearing|ripping|tears|rips ~3 through|into|chest|back",
    "worst pain ~3 ever|life ~4 between ~2 shoulder|back",
    "felt|feel|feels|feeling ~2 [a rip/a tear/a ripping/a tearing/something rip|rips|ripping|ripped|tear|tears|tearing|tore|torn/something give way] ~5 [chest|back|inside|blades|spine]",
    "[tearing|ripping|rip|tear|ripped|tore] ~3 [inside|between] ~2 [chest|back|shoulder|shoulders|blades|spine]",
  ],
  // Where a dissection hurts: between the shoulder blades, the upper back, or chest pain going through to the back.
  AORTIC_SITE: [
    "between|inbetween ~2 [shoulder blades/shoulderblades/shoulder blade/my shoulders/his shoulders/her shoulders/the shoulders]",
    "upper ~1 back",
    "chest ~5 through|into|to ~2 [back/spine/shoulder blades]",
    "[through to/right through to/straight through to/goes through to/going through to/went through to/right through/straight through] ~2 [back/spine/shoulder blades]",
  ],
  // "Torn apart by grief": a feeling, not a pain.
  TORN_FEELINGS: [
    "[torn|ripped|tearing|ripping] ~2 apart|up ~1 by|with|over|inside ~3 [grief/guilt/worry|worries/stress/anxiety/sadness/heartbreak/loss/emotion|emotions/what happened/the news/the break up/the breakup/the divorce]",
    // Adjacent only: "tearing pain between my shoulder blades" is a pain, not a dilemma.
    "torn|tearing between",
    "torn ~1 between ~4 [two|both|options|choices|jobs|people|staying|going|leaving|wanting]",
  ],
  // Conditions that weaken the aorta: with pain at the dissection site, "sudden" is enough.
  AORTIC_RISK: [
    "marfan|marfans|marfan's|danlos|eds|aneurysm|aneurism|aneurysms|loeys",
    "[ehlers danlos/ehler danlos/connective tissue/bicuspid valve/bicuspid aortic/aortic root/enlarged aorta/dilated aorta/aortic dilation/aortic dilatation/weak aorta/turner syndrome/turners syndrome]",
  ],
  // A sprain or strain with an obvious mechanism: lifting, sport, the gym.
  STRAIN_CAUSE: [
    "lift|lifted|lifting|lifts|deadlift*|squat*|gym|workout|weights|rugby|football|soccer|netball|hockey|tennis|tackle|tackled|sport|sports|pilates|yoga|climbing|wrestling|boxing",
    "pulled|strained|tweaked|sprain*|ligament|ligaments|hamstring|tendon|achilles|groin",
    "[tore|torn|tear|ripped|pulled|strained] ~2 [muscle|muscles]",
    "[playing|training|moving|carrying|shifting] ~3 [furniture|boxes|box|sofa|couch|bed|wardrobe|heavy|match|game]",
  ],
  COUGH_BLOOD: [
    "cough* ~3 blood|bloody|clots",
    "cough* ~2 up ~2 red",
    "blood ~3 [when ~2 cough*/in ~2 phlegm|sputum|mucus|spit]",
    "haemoptysis|hemoptysis",
    "bloody ~1 phlegm|sputum|mucus",
  ],
  COUGH_BLOOD_LOTS: [
    "[lot|lots|cup|cupful|mouthful|mouthfuls|loads|clots/a lot] ~2 of? ~1 blood ~3 cough*",
    "cough* ~4 [lot|lots|cup|cupful|mouthful|mouthfuls|loads|clots/a lot] ~2 of? ~1 blood",
  ],
  BREATHLESS: [
    "short ~2 [of breath/breath|breathe]",
    "shortness ~1 of ~1 breath",
    "breathless*|winded",
    "out of breath",
    "[puffed out/out of puff]",
    "hard|difficult|struggle|struggling|trouble|difficulty|problems ~3 $BREATHE",
    "not catch ~2 breath",
    "not get ~2 enough ~1 air|breath",
    "$BREATHE ~2 hard|difficult|laboured|labored|heavy|tight|fast",
    "air hunger",
  ],
  BREATHLESS_SEVERE: [
    "not ~1 $BREATHE",
    "struggling|fighting|gasping|battling ~2 for? ~1 breath|air",
    "gasping",
    "not ~2 speak|talk|finish|say|get ~3 [sentence|sentences|words/full sentence/a sentence]",
    "breathless ~3 rest|lying|sitting|talking",
    "$BREATHE ~3 [really|very|extremely|so ~1 hard|bad|badly|difficult/at rest]",
    "can barely|hardly ~1 $BREATHE",
    "barely|hardly ~1 $BREATHE",
  ],
  // "can't breathe through my nose" is a blocked nose, not a breathing emergency.
  NOSE_BLOCKED: ["not ~1 $BREATHE ~3 nose|nostril|nostrils", "blocked|stuffy|stuffed ~2 nose"],
  // Fingers white or blue in the cold (Raynaud's) are not cyanosis.
  BLUE_EXPLAINED: [
    "[fingers|toes|hands|feet] ~4 [blue|white|purple] ~6 [cold|raynaud*|raynauds|winter|freezing|swimming|snow]",
    "[cold|raynaud*|raynauds|winter|freezing|snow] ~6 [fingers|toes|hands|feet] ~4 [blue|white|purple]",
    "lips|lip|tongue|mouth ~3 blue ~4 [slush|slushie|sweet|sweets|lolly|lollipop|blueberries|drink|ink|pen|paint|dye/ice pop/food colouring]",
    "[blue ~1 lips|tongue] ~4 [slush|slushie|sweet|sweets|lolly|lollipop|blueberries|drink/ice pop/food colouring]",
  ],
  BLUE: [
    "lips|lip|face|tongue|fingers|fingertips|mouth|skin ~3 blue|bluish|blueish|grey|gray|purple|dusky",
    "turn*|turning|going|gone|went ~1 blue",
    "blue ~2 [lips|lip|face/around the mouth]",
    "cyanos*|cyanotic",
  ],
  ASTHMA: [
    "asthma|asthmatic|astma|ashtma|inhaler|inhalers|puffer|ventolin|salbutamol|albuterol|reliever|nebuliser|nebulizer|spacer|copd",
  ],
  INHALER_FAIL: [
    "inhaler|puffer|ventolin|salbutamol|albuterol|reliever|nebuliser|nebulizer|pump ~7 not ~2 [help*|work*|do|doing|does|touch*|relief/making a difference/make a difference/making any difference]",
    "inhaler|puffer|ventolin|salbutamol|albuterol|reliever|nebuliser|nebulizer|pump ~7 [no difference/no effect/nothing/no better/still|keeps ~3 struggl*|wheez*|tight|breathless]",
    "[keep|keeps|kept|been|keeping] ~2 [using|taking/puffing on] ~3 inhaler|puffer|ventolin|reliever",
    "inhaler|puffer|ventolin|reliever ~4 [every few minutes/every 5 minutes/every ten minutes/every couple of minutes/constantly/non stop]",
    "[#|ten|twenty|several/loads of/lots of] ~1 puffs|goes|doses",
    "inhaler|puffer|ventolin|reliever ~3 useless|nothing",
    "used|using|taken|took|had ~2 inhaler|puffer|ventolin|reliever ~4 # ~1 times|puffs",
    "# puffs",
    "[no relief/no help] ~3 inhaler|puffer|ventolin|reliever",
    "every ~2 # ~1 minutes ~3 inhaler|puffer",
  ],
  WHEEZE: [
    "wheez*|wheezy|stridor",
    "whistl* ~2 $BREATHE",
    "noisy ~1 breathing",
    "rattly|rattling ~2 chest|$BREATHE",
  ],
  CALF_DVT: [
    "calf|calves|leg|thigh ~3 swollen|swelling|swell|red|hot|warm|tender|painful|throb*|hard",
    "swollen|red|hot|tender|painful ~2 calf|leg",
    "dvt",
    "blood clot",
    "clot ~2 in ~2 leg|calf",
  ],
  CLOT_RISK: [
    "long ~2 flight|haul|drive|journey|trip|bus|coach",
    "after|since ~3 surgery|operation|op|caesarean|section|replacement|ops",
    "recently|just ~2 had ~2 surgery|operation|baby",
    "had|having ~3 [surgery/an operation/my operation/an op/a replacement/knee op/hip op/c section/caesarean/keyhole]",
    "[knee|hip|joint] ~1 replacement|surgery|operation|op",
    "[flew|flown|flight|flying] ~4 [back|home|from|yesterday|hours|abroad|australia|america|states]",
    "bed rest",
    "bedbound|bedridden|immobile|immobilised|immobilized",
    "[cast|plaster|boot] ~1 on",
    "[in a cast/in plaster/leg in plaster]",
    "on the ~1 pill",
    "[contraceptive|combined|mini] ~1 pill",
    "[hrt|microgynon|rigevidon|yasmin|cilest|nuvaring|evra/contraceptive patch/contraceptive ring/hormone replacement/the patch/birth control]",
    "[had a clot/history of clots/previous clot/previous dvt/clotting disorder]",
  ],
  PLEURITIC: [
    "hurts|hurt|pain|painful|sharp|stabbing ~3 [breath* in/breathe in/deep breath/when i breathe/to breathe/when breathing/inhale]",
    // Mild, third-person and roundabout forms: "hurts a bit to take a deep breath", "catches when he breathes in".
    "hurts|hurt|hurting|pain|painful|sharp|stabbing|sore|catches|catching|twinge|twinges ~6 [deep breath/deep breaths/big breath/breathe in/breathes in/breathing in/breath in/breathed in/when he breathes/when she breathes/when they breathe/when i breath/inhale|inhaling|inhales]",
    "[breathing in/breathe in/breath in/deep breath/deep breaths/big breath/inhaling] ~3 [hurts|painful|sharp|stabbing|sore|catches|agony|kills/is sore/is painful]",
    "breathing ~1 in ~2 hurts|painful",
    "hurts to ~1 $BREATHE",
    "[sharp|stabbing|catching/knife like] ~3 [pain|pains] ~5 [breathe|breath|breathing|inhale|inhaling/take a breath/deep breath]",
    "[take|taking] ~1 a? ~1 [deep breath/breath] ~3 [hurts|pain|sharp|stabbing|catches]",
  ],
  // Chest tightness tied to known anxiety or panic that settles: not the same as cardiac pain.
  CHEST_ANXIETY: [
    "[anxious|anxiety|panic|panicky|panicking|stressed|nervous/worked up] ~8 [chest ~2 tight|tightness|pain|hurts/tight chest/tightness]",
    "[chest ~2 tight|tightness|pain|hurts/tight chest/tightness] ~8 [anxious|anxiety|panic|panicky|panicking|stressed|nervous/worked up]",
    "[panic attack/panic attacks/anxiety attack/anxiety attacks/have anxiety/suffer from anxiety/diagnosed with anxiety]",
  ],
  SETTLES: [
    "[goes|went|go|going] away ~4 [calm|relax|breathe|settle|rest|stop]",
    "[settles|settled|eases|eased|passes|passed|calms|stops] ~4 [minutes|calm|relax|breathe|down|after|once]",
    "[when|once] ~2 [calm ~1 down/relax|relaxed/settle|settled]",
  ],
  // Out of breath from running, stairs or the gym: expected unless it is new or getting worse.
  EXERTION: [
    "[out of breath/breathless/puffed out/puffed/winded/short of breath/puff|puffing|panting] ~5 [when|after|during|while|from|climbing|running|walking|going|doing|playing|on|up] ~3 [run|running|jog|jogging|exercise|exercising|gym|stairs|hill|hills|workout|sport|football|netball|training|cycling|swimming|dancing|rushing/walking fast]",
    "[unfit/out of shape/not very fit/lost my fitness]",
  ],
  PALPITATIONS: [
    "palpitation*",
    "heart ~3 racing|pounding|fluttering|flutter|skipping|skip*|irregular|jumping|thumping|banging|fast",
    "racing heart",
    "afib",
    "atrial fibrillation",
  ],
};
