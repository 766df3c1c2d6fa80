// Lay wording for pregnancy emergencies: heavy bleeding, ectopic signs, pre-eclampsia and reduced
// fetal movements (clinical-safety.md §1.3 rows 18–20).
import type { ConceptDefs } from "../../text/patterns.ts";

export const PREGNANCY_CONCEPTS: ConceptDefs = {
  PREGNANT: [
    "pregnant|pregnancy|expecting|trimester|gestation|antenatal|prenatal|ivf",
    "my|the|her ~1 bump",
    "weeks ~1 pregnant|along|gestation",
    "[due date/due in]",
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
  ],
  // "baby isn't moving": reduced fetal movements in a pregnancy, a collapsed infant otherwise.
  BABY_NOT_MOVING: [
    "baby ~4 [not moving/not moved/hardly moving/barely moving/stopped moving/moving less/less active/not as active/quiet|quieter/not active]",
  ],
  WATERS_BROKEN: [
    "waters ~2 broke|broken|gone|went|leaking|breaking",
    "leaking ~2 fluid|water",
    "gush ~1 of ~1 fluid|water",
  ],
};
