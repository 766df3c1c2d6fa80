// Lay wording for pregnancy emergencies: heavy bleeding, ectopic signs, pre-eclampsia and reduced
// fetal movements (clinical-safety.md §1.3 rows 18–20).
import type { ConceptDefs } from "../../text/patterns.ts";

export const PREGNANCY_CONCEPTS: ConceptDefs = {
  PREGNANT: [
    "pregnant|pregnancy|expecting|trimester|gestation|antenatal|prenatal|ivf|hyperemesis",
    "[morning sickness/pregnancy sickness]",
    "my|the|her ~1 bump",
    "weeks ~1 pregnant|along|gestation",
    "[due date/due in]",
    // Chat shorthand; "preg" alone is left out because "preg test" is not a pregnancy.
    "preggers|preggo|preggy|pregnet|pregnate",
    "weeks|week|am|is|currently|now|while ~1 preg",
  ],
  // "at 12 weeks", "I'm at 8 wks": gestation wording without the word pregnant ("for 2 weeks" and
  // "2 weeks ago" never start with "at"; "at 8 weeks old" is a baby, see NOT_GESTATION).
  GESTATION_AT: ["at # weeks|week|wks|wk", "[weeks gone/wks gone/weeks along/wks along]"],
  NOT_GESTATION: [
    "at # weeks|week|wks|wk old",
    "[baby|babies|son|daughter|newborn|infant|jabs|vaccines|vaccinations|immunisations|immunizations] ~6 at # weeks|week|wks|wk",
  ],
  LATE_PREGNANCY: [
    "third ~1 trimester",
    "[due ~2 next week/due ~2 in a few weeks/due any day/full term/overdue/past my due date]",
    "[6|7|8|9|six|seven|eight|nine] ~1 months ~1 pregnant|along|gone",
  ],
  MAYBE_PREGNANT: [
    "might|could|may|think ~3 pregnant",
    "missed|late ~1 period|periods",
    "period ~2 late",
    "positive ~2 [test/pregnancy test]",
  ],
  POSTPARTUM: [
    "gave birth",
    "just ~1 had ~1 a? ~1 baby",
    "postpartum|postnatal",
    "after ~2 birth|delivery|caesarean|section",
    "since ~2 birth|delivery",
    "had|having|delivered ~1 [a baby/my baby/the baby/our baby/a c section/my c section/a caesarean/a cesarean/twins]",
    "[c section/caesarean/cesarean] ~3 [ago|last|days|weeks|recently/last week]",
    "[new mum/new mom/newborn at home/breastfeeding/postnatal]",
  ],
  BLEEDING: ["bleed|bleeding|bleeds|bled|blood", "spotting"],
  HEAVY_BLEEDING: [
    "heavy|heavily|gushing|pouring|soaking|soaked|flooding|haemorrhag*|hemorrhag* ~3 bleed*|blood|pads|pad|through",
    "[lot/lots/loads/a lot] ~2 of? ~1 blood|bleeding",
    "bleed*|bleeding|blood ~3 [heavily|heavy|lots|loads|gushing|pouring|everywhere|soaking/a lot/not stop|stopping]",
    "soak*|soaking|soaked ~3 pad|pads|towel|towels|through",
    "pad|pads ~3 every ~2 hour|hour",
    "passing|passed ~2 clots",
    "clots ~3 [large|big|golf|plum/size of]",
    "[like/worse than/heavier than] ~2 [a heavy period/heavy period/a period/my period]",
    "[big|large|huge/lots of/loads of] ~2 clots",
    "bleed*|blood ~4 through ~2 [clothes|jeans|trousers|pants|knickers|underwear|leggings|skirt|sheets|bedding|towel|towels|pad|pads|nightie]",
    "[big|large|huge|massive|giant|enormous] ~1 clot",
    "passing|passed|passes ~2 [a clot/clots/a clot the size]",
    "bleed*|bleeding|blood ~4 through ~3 [clothes|jeans|trousers|pants|leggings|knickers|underwear|shorts|skirt|pyjamas|pjs|sheets|bed|mattress|towel|towels|pad|pads|tampon|tampons/my clothes]",
    "pads|pad|tampons|tampon|towels ~3 [in an hour/in half an hour/within an hour/per hour/an hour/in # hour|hours/every half hour]",
    "blood ~3 [running down/dripping down/pouring down/down my legs/down her legs/on the floor/all over the floor/all over the bed/puddle|pool]",
    "[so much/too much/tons of/masses of/heaps of/lot of] ~1 blood",
  ],
  // A "show" near term is expected; it is not a bleed.
  SHOW: [
    "[a show/had a show/the show/mucus plug/mucous plug/plug came out/lost my plug/bloody show]",
  ],
  SPOTTING: [
    "spotting",
    "light ~1 bleeding",
    "brown ~1 discharge|blood",
    "[bit of/little/little bit of/streaks of/tiny bit of] ~1 blood",
  ],
  ONE_SIDED_PAIN: [
    "[one side/left side/right side/on the left/on the right/lower left/lower right/one sided] ~4 $PAIN|cramp*|sharp|stabbing",
    "$PAIN|cramp*|sharp|stabbing ~4 [one side/left side/right side/lower left/lower right/on the left/on the right/one sided]",
    "pelvic ~1 pain",
  ],
  SHOULDER_TIP: [
    "[shoulder tip/tip of ~2 shoulder] ~3 $PAIN",
    "$PAIN ~3 [shoulder tip/tip of ~2 shoulder]",
  ],
  ABDO_PAIN: [
    "stomach|tummy|belly|abdominal|abdomen|gut|bump ~3 $PAIN|cramp*|cramping|pain|ache",
    "$PAIN|cramp*|cramps ~2 in ~2 stomach|tummy|belly|abdomen|bump",
    "stomachache|bellyache|tummyache|cramps",
    "[stomach ache/tummy ache/belly ache]",
  ],
  ABDO_SEVERE: [
    "$SEVERE ~3 stomach|tummy|belly|abdominal|abdomen|cramps|pelvic ~2 $PAIN|pain|cramp*|ache",
    "$SEVERE ~2 [stomach ache|pain/tummy ache|pain/belly ache|pain/abdominal pain/cramps]",
    "stomach|tummy|belly|abdominal|abdomen ~3 [agony|excruciating|unbearable|killing/worst pain]",
    "doubled ~1 over",
    "curled ~2 up ~2 pain",
  ],
  VISION_DISTURB: [
    "blurr*|blurry|fuzzy|flashing|flashes|sparkles|sparkly|stars|floaters|zigzag|zigzags|shimmering ~3 vision|eyes|seeing|front",
    "seeing ~2 [spots|stars|sparkles|flashes|lights|double|things/flashing lights]",
    "vision ~3 blurr*|blurry|fuzzy|funny|weird|strange|odd|changed|off|spotty|blurred",
    "flashing ~1 lights",
    "spots ~2 [in front of/before] ~2 eyes",
  ],
  RIB_PAIN: [
    "$PAIN ~3 under|below|beneath ~2 ribs|rib|ribcage",
    "upper ~1 right ~3 stomach|tummy|abdomen|side ~2 $PAIN",
    "epigastric ~1 pain",
    "under ~2 ribs ~2 $PAIN",
  ],
  SUDDEN_SWELLING: [
    "$SUDDEN ~3 swell*|swollen|puffy|puffed ~4 face|hands|feet|ankles|fingers|legs",
    "face|hands|feet|ankles|fingers ~4 $SUDDEN ~2 swell*|swollen|puffy|puffed",
    "swell*|swollen|puffy ~3 face|hands|fingers ~3 [suddenly|overnight|today/this morning]",
    "face|hands|fingers ~2 [swollen|puffy|swelling/puffed up]",
    "rings ~2 not ~2 fit",
  ],
  // A kick count or "baby moving less" implies a pregnancy on its own.
  FETAL_KICKS_REDUCED: [
    "not|no|less|fewer|reduced|stopped|slower|barely|hardly|decreased ~3 kick|kicks|kicking",
    "not|no|less|fewer|reduced|stopped|slower|barely|hardly|decreased ~3 [baby|fetal|foetal ~1 movement|movements]",
    "bump ~4 [not|hardly|barely|stopped|less|quiet|quieter/less active/not as active/not moving|kicking/not moved|kicked/moving less|slower]",
    "baby ~4 [not|hardly|barely|stopped|less ~1 kicking|kicked|kick/kicking less/kicks less]",
    "not ~2 felt|feel|feeling ~3 [baby|bump|kicks|movement|movements/the baby/him/her] ~2 mov*|kick*|today|since",
    "[reduced/decreased/less/fewer/no] ~2 [fetal|foetal|baby ~1 movement|movements|kicks/movements]",
    "movements ~3 slowed|reduced|less|changed|stopped|quieter",
    "movements|movement|kicks|kicking|wriggles|wriggling ~4 [different|weaker|weak|changed|less|fewer|slower|slowed|quieter|reduced|stopped|softer|gentler|fainter|rarer/not the same/not as strong/not as often/died down/slowed down]",
    "[not felt/not feel/not feeling/not felt any/barely felt/hardly felt] ~3 [kick|kicks|kicking|movement|movements|wriggle|wriggles|flutters]",
    "[fewer|less|no/not as many/not many] ~2 [kicks|movements|wriggles] ~3 [today|since|tonight/than usual/than normal/this morning/all day]",
  ],
  // "baby isn't moving": reduced fetal movements in a pregnancy, a collapsed infant otherwise.
  BABY_NOT_MOVING: [
    "baby ~4 [not moving/not moved/hardly moving/barely moving/stopped moving/moving less/less active/not as active/quiet|quieter/not active]",
    "baby|bump|he|she ~4 [hardly|barely|not|rarely|stopped] ~2 [moved|moving|move|active|wriggled|wriggling|kicked|kicking]",
    "[baby|bump] ~4 [much|really|very|unusually|so] ~1 [quiet|quieter|still|calm|calmer]",
    "not ~2 felt ~3 [baby|him|her|bump|little one] ~2 [move|moving|since|today|all day]",
  ],
  // Cord or baby showing before help has arrived: call now.
  BIRTH_EMERGENCY: [
    "[see|seen|feel|felt|touch] ~3 [the cord/a cord/umbilical cord/cord]",
    "cord ~3 [coming out|hanging|showing|poking|out|outside/come out]",
    "[see|seen|feel|felt] ~3 [the head/baby 's head/a head/the baby 's head/feet|foot|bottom]",
    "[head|baby] ~3 [crowning/coming out/is out/half out]",
    "[giving birth/having the baby/baby is coming/baby 's coming] ~3 [now/right now/at home/in the car/on the floor]",
    "see|seen|feel|felt|touch|touching ~3 [babys|baby|babies] ~1 head|feet|foot|bum|bottom|hair",
  ],
  // Seeing the baby on a screen is not a birth in progress.
  BABY_ON_SCREEN: [
    "scan|scans|ultrasound|sonogram|sonographer|4d|3d",
    "[on the screen/on screen/in the picture/in the photo/in the video]",
  ],
  WATERS_BROKEN: [
    "waters ~3 broke|broken|gone|went|leaking|leak|breaking|break|burst",
    "leaking ~3 fluid|water|liquid",
    "[gush|trickle|dribble|dribbles|trickles|leak|leaks|stream] ~2 of ~2 [fluid|water|liquid/clear fluid/watery fluid]",
    "[clear|watery] ~1 fluid ~3 [leaking|coming|trickling|dribbling|running]",
    "[wet|soaked] ~2 [knickers|pants|underwear] ~4 [fluid|water|clear]",
  ],
  // Itching in later pregnancy, especially hands and feet (obstetric cholestasis).
  ITCH: [
    "itch|itchy|itches|itching|itchiness|scratching|pruritus",
    "[itchy|itching] ~2 [palms|soles|hands|feet|everywhere/all over]",
  ],
};
