// Lay wording for emergencies found missing in blind testing: fever when immunity is low, bile-stained
// vomiting, meningococcal signs without a rash, stridor and a silent chest, carbon monoxide, digoxin and
// opioid toxicity, hip fracture, deep or large burns, acute glaucoma, urinary retention and an acute
// abdomen (clinical-safety.md §1.3 rows 7, 8, 9, 11, 16, 17, 25; P3).
import type { ConceptDefs } from "../../text/patterns.ts";

export const ACUTE_CONCEPTS: ConceptDefs = {
  CHEMO: [
    "chemo|chemotherapy|immunotherapy|neutropenic|neutropenia|neutropaenic|neutropaenia",
    "[cancer treatment/treatment for cancer/treatment for leukaemia/treatment for leukemia/treatment for lymphoma/stem cell/bone marrow transplant/low white count/low white cell count/low white blood cell count/low neutrophils]",
  ],
  IMMUNOSUPPRESSED: [
    "transplant|transplanted|immunosuppress*|immunocompromised|immunosupressed|tacrolimus|ciclosporin|cyclosporine|mycophenolate|azathioprine|methotrexate|prednisolone|prednisone|dexamethasone|rituximab|infliximab|adalimumab|humira|biologic|biologics|splenectomy|asplenia|leukaemia|leukemia|lymphoma|myeloma",
    "[on|taking/high dose/long term] ~2 steroids|steroid",
    "[no spleen/spleen removed/removed spleen/weak immune system/low immune system/immune system is weak/poor immune system]",
  ],
  BILIOUS_VOMIT: [
    "[vomit*|sick|throw*|threw|puk*|spew*/bringing up/brought up] ~4 [green|bile|bilious|greenish/yellow green]",
    "[green|greenish/bright green/dark green] ~2 vomit|sick|bile|puke|spew",
    "bile ~2 vomit*|sick",
    "bilious",
  ],
  COLD_PERIPHERIES: [
    "[icy|freezing/ice cold/stone cold/really cold/very cold/so cold/cold] ~3 hands|feet|fingers|toes|legs",
    "hands|feet|fingers|toes ~4 [icy|freezing|cold/ice cold/cold as ice/stone cold/like ice]",
    "cold ~2 hands|feet ~3 [but|and|with] ~3 [hot|fever|temperature|temp|burning]",
  ],
  LEG_PAIN: [
    "leg|legs|calf|calves|thigh|thighs ~3 $PAIN|hurt*|ache|aching|killing",
    "$PAIN ~3 in ~2 legs|leg",
  ],
  STRIDOR: [
    "stridor|stridulous|crowing",
    "[high pitched/squeaky|squeaking|whistling|harsh|rasping|raspy|screechy|honking/seal like] ~3 noise|noises|sound|sounds|breathing|breath ~4 [breathes in/breathing in/breathe in/breath in/breathing|breathes|inhales|inhaling]",
    "[noisy|noise|sound|squeak|whistle] ~3 [when|as] ~2 [he|she|they|baby|i] ~1 [breathes|breathe|breathing] ~1 in",
    "breathing ~3 [sounds|sounded] ~2 [squeaky|harsh|raspy|noisy|weird/high pitched/like a seal]",
  ],
  DROOLING: [
    "drool*|dribbl*|slobber*",
    "not ~2 swallow ~3 [spit|saliva/his spit/her spit/own spit]",
    "spit|saliva ~3 [running|pouring|dripping] ~2 out",
  ],
  ASTHMA_EXHAUSTED: [
    "[too tired/too exhausted/so tired/so exhausted/exhausted/worn out/tired out] ~3 [breathe|breathing|talk/keep breathing/from trying]",
    "[silent|quiet] ~1 chest",
    "[gone quiet/gone really quiet/gone very quiet/going quiet/wheeze stopped/wheezing stopped/stopped wheezing]",
    "[hardly|barely|less/not much] ~2 wheeze|wheezing|wheezy ~3 [now|but|anymore/any more]",
    "[can only say/only saying/only say/only manage/only managing] ~2 [one|two|single|odd/a few/a couple of/couple of] ~1 words|word",
    "[one word/a word/two words/few words] ~2 at ~1 a ~1 time",
    "not ~1 talk|speak ~2 [between breaths/for breath/because of ~2 breathing]",
  ],
  CANT_TALK: ["not ~1 [talk|speak|talking|speaking/get words out/say anything]"],
  // "helped a bit but…": relief that didn't last is no relief.
  STILL_BAD: [
    "[still|again|worse|wore|wears|barely/came back/back again/only helped a bit/only a bit/only for a bit/not lasting/not for long/getting worse]",
  ],
  INHALER_RELIEF: [
    "inhaler|puffer|ventolin|reliever|salbutamol|albuterol|puffs|puff|nebuliser|nebulizer ~5 [helped|worked|sorted|settled|eased|fixed|cleared|relieved|calmed/did the trick/made it better]",
    "[back to normal/better now/feel fine now/fine now/settled now/eased now/normal now] ~4 [inhaler|puffer|ventolin|reliever|puffs]",
    "[talk|talking|speak|speaking] ~2 [fine|normally|ok|okay/in full sentences/full sentences/no problem]",
  ],
  TOXIC_VISION: [
    "seeing|sees|saw|see ~3 [yellow|green|halos|halo/yellow halos/everything yellow/yellow tinge/things yellow]",
    "yellow|yellowish|green ~2 [vision|tinge|tint|halos|halo]",
    "everything ~2 [looks|look|looking] ~2 yellow|green",
  ],
  CO_SOURCE: [
    "generator|generators",
    "[exhaust fumes/car fumes/engine fumes/generator fumes/boiler fumes/fumes from ~2 boiler|generator|car|engine|heater|fire|stove|barbecue|bbq]",
    "boiler|heater|fire|stove|cooker|burner ~5 [smell*|leak*|fumes|soot|sooty|yellow|orange|flame|faulty|broken|old|funny/playing up/not serviced/not been serviced]",
    "[gas fire/gas heater/paraffin heater/patio heater/wood burner/log burner/disposable barbecue/camping stove/charcoal|barbecue|bbq|stove|grill] ~4 [inside|indoors/in the tent/in the garage/in the house/in the caravan/in the room/in the kitchen]",
    "[engine running/engine on/car running] ~4 [garage|inside|closed]",
    "[carbon monoxide/co alarm/co detector/co2 alarm/co monitor]",
    "[we all/all of us/whole family/everyone in the house/both of us/the whole house] ~4 [headache|headaches|sick|dizzy|drowsy|vomiting|nauseous|unwell]",
  ],
  PINPOINT: [
    "pinpoint|pinned|pin|tiny|constricted|small|pinprick ~2 pupils",
    "pupils ~3 [tiny|pinpoint|pinned|pinpricks/pin point/really small/very small/so small/like pins/like dots]",
    "[nodding out/nodded out/gouching/on the nod/gouched]",
  ],
  LEG_DEFORMED: [
    "leg|foot|hip ~5 [shorter|shortened|rotated/turned out/turned outwards/turning out/twisted out/pointing out/pointing outwards/sticking out/turned outward/at a funny angle/at an odd angle/at a weird angle/the wrong way/facing the wrong way/rolled out]",
    "one ~1 leg ~3 shorter",
  ],
  CANT_GET_UP: [
    "not ~2 [get up/stand/stand up/get off the floor/get herself up/get himself up/get back up/get off the ground/move her leg/move his leg/lift her leg/lift his leg]",
    "not ~2 [put|bear|take] ~2 weight",
    "[stuck on the floor/been on the floor/on the floor for/lying there for/lain there for]",
  ],
  HIP_PAIN: ["hip|hips|groin ~3 $PAIN|hurts|agony|killing", "$PAIN ~3 in ~2 hip|hips|groin"],
  ELDERLY: [
    "elderly|pensioner|frail",
    "[old lady/old man/in his 80s/in her 80s/in his 90s/in her 90s/in his eighties/in her eighties/in his nineties/in her nineties]",
    "nan|nana|nanna|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|grandparent",
  ],
  BLISTER: ["blister*|blistering|blistered"],
  LARGE_AREA: [
    "[all down/all over/down ~2 his|her|my|their|the ~1 front/whole|entire|large|big|huge ~2 arm|leg|chest|back|body|side|tummy|belly|face|hand|neck/most of ~2 arm|leg|chest|back|body|side|tummy|belly|face]",
    "[chest|tummy|belly|face|neck|back] ~3 [and|&] ~3 [arm|arms|leg|legs|chest|tummy|belly|face|neck]",
    "bigger ~1 than ~2 [hand|palm/his hand/her hand/my hand]",
  ],
  BURN_DEEP: [
    "skin|burn|burns|it ~4 [white|charred|leathery|waxy|blackened|black/brown and leathery]",
    "[burn|burns|burnt|burned|scald|scalded|it] ~5 [does not hurt/doesn't hurt/painless/no pain/numb/not feel it/not feel anything]",
  ],
  SCALD_SPILL: [
    "pulled|knocked|tipped|spilt|spilled|poured|dropped ~3 [kettle|saucepan|pan|teapot|soup/cup of tea/mug of tea/hot tea/hot coffee/hot drink/boiling water/hot water/hot oil/chip pan/bath water] ~4 over|on|down|onto",
    "[kettle|soup/boiling water/hot water/hot tea/hot coffee/hot drink/hot oil] ~3 [over|down|on/all over] ~2 him|her|them|himself|herself|my|his",
  ],
  HALOS: [
    "halo|halos|haloes|rainbow|rainbows|rings|circles ~3 around|round ~2 lights|light|lamps|streetlights|bulbs",
    "seeing ~2 halos|haloes|rainbows",
  ],
  // Can't pass urine, with hours gone by or a bursting bladder (rules need both, see emergency-acute.ts).
  URINE_CANT: [
    "[can not/cannot/unable to/not able to/not been able to/struggling to/trying to/tried to] ~1 [pee|wee|urinate|piss/pass urine/pass water/go to the toilet/empty ~2 bladder]",
    "[nothing/no urine/no pee/no wee] ~2 [comes out/coming out/came out/will come out]",
    "[urinary retention/retaining urine/retention of urine]",
  ],
  RETENTION_SEVERE: [
    "desperate|bursting|agony|distended",
    "[at all/for hours/all day/all night/since last night/since this morning/since yesterday/many hours/hours now/for # hours/in # hours/since # hours]",
    "bladder ~3 [bursting|swollen|distended|full/about to burst/going to burst/so full/really full/very full/feels full]",
    "[urinary retention/retaining urine/retention of urine]",
  ],
  RIGID_ABDO: [
    "stomach|tummy|belly|abdomen ~3 [rigid/hard as a board/hard as a rock/rock hard/like a board/board like/tense and hard/swollen and hard/hard and swollen]",
    "rigid ~2 stomach|tummy|belly|abdomen",
  ],
  // Pain words strong enough to matter: "bad" or "really sore" are not on this list.
  STRONG_PAIN: [
    "severe|excruciating|unbearable|agonising|agonizing|agony|crippling|horrendous|intense|extreme|screaming|writhing|worst",
    "[doubled over/doubled up/can not bear/cannot bear/off the scale]",
    "10/10|9/10|8/10",
  ],
  CANT_MOVE: [
    "not ~1 move|walk|stand|straighten|bend",
    "[hurts to move/too painful to move/lying completely still/lying very still/can not stand up straight/cannot stand up straight/not stand up straight]",
  ],
};
