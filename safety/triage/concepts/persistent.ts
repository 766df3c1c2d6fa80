// Lay wording for routine (L4) problems: changes that persist for weeks or months and requests for a
// planned conversation — bowels, voice, erections, hair, thirst, breasts, ears, blood pressure at home,
// memory, bedwetting, speech, vertigo, eyesight, contraception and assessments (clinical-safety.md §2.2).
import type { ConceptDefs } from "../../text/patterns.ts";

export const PERSISTENT_CONCEPTS: ConceptDefs = {
  BOWEL_CHANGE: [
    "[change|changes|changed|changing] ~3 [bowel|bowels|poo|poos|stools|motions/bowel habit/bowel habits/toilet habits]",
    "bowels|bowel|poo|poos|stools|motions ~4 [changed|different|looser|thinner|narrower|pencil|runnier/more often/less often/more frequent]",
    "[going to the toilet/opening my bowels/pooing/needing a poo/needing the toilet] ~4 [more often/more than usual/much more/a lot more/less often/less than usual]",
    "alternating ~3 diarrhoea|diarrhea|constipation",
  ],
  HOARSE: [
    "hoarse|hoarseness|croaky|raspy|husky|gravelly|laryngitis",
    "[lost|losing] ~2 voice",
    "voice ~3 [gone|changed|croaky|hoarse|weak|different|going|rough|raspy/keeps going/not come back]",
  ],
  ERECTILE: [
    "erectile|impotence|impotent|viagra|sildenafil|cialis|tadalafil",
    "[trouble|problems|problem|difficulty|struggling|struggle/can not/unable to/not able to] ~4 [getting|keeping|maintaining|get|keep|maintain] ~3 [erection|erections|hard/it up/a hard on/hard on]",
    "[keep|get|keeping|getting] ~1 it ~1 up",
    "[erection|erections] ~4 [problem|problems|trouble|go|goes|soft|weak/not last/not lasting]",
  ],
  HAIR_LOSS: [
    "hair ~4 [thinning|thin|loss|shedding|receding/falling out/coming out/coming out in clumps]",
    "[bald patch/bald patches/bald spot/going bald/alopecia/losing my hair/losing his hair/losing her hair/clumps of hair/receding hairline]",
  ],
  TINNITUS: [
    "tinnitus",
    "[ringing|buzzing|whooshing|humming|hissing|whistling|beeping|pulsing|noise] ~5 [ear|ears/in my head]",
    "ear|ears ~3 [ringing|buzzing|whooshing|humming|hissing|whistling]",
  ],
  BREAST_CHANGE: [
    "[lump|lumps|thickening|dimpling|dimple|puckering|inverted|discharge|change|changes/hard bit/hard lump/pulled in/orange peel] ~5 [breast|breasts|boob|boobs|nipple|nipples|armpit]",
    "[breast|boob|nipple] ~4 [lump|lumpy|hard|thick|thickened|dimpl*|inverted|discharge|changed|different|puckered|bleeding/pulled in/orange peel]",
  ],
  LUMP_ANY: [
    "lump|lumps|swelling|bump|mass|growth|nodule|cyst|knot ~4 [on|in|under|behind|near|at] ~2 $BODYPART",
    "$BODYPART ~2 lump|lumps|nodule|growth|mass|cyst",
    "[new|hard|growing|painless|painful] ~1 lump|lumps|growth|nodule",
    "[found|noticed|felt|discovered] ~3 [a|another|some] ~1 lump|lumps|growth|swelling|nodule",
  ],
  MEMORY_DECLINE: [
    "[memory|memory's] ~3 [worse|going|declining|failing|bad|poor|terrible|awful/getting worse/not what it was/not as good]",
    "[forgetful|forgetfulness/forgetting things/keeps forgetting/more forgetful/losing things/misplacing things/asking the same/asks the same/keeps repeating/repeating herself/repeating himself/getting lost/got lost/forgot ~2 name/forgets ~2 name]",
    "[think|worried|worry|might|could|maybe|early|starting|sure|wonder/signs of] ~4 [dementia|alzheimer*|alzheimers]",
  ],
  BEDWETTING: [
    "[wets|wet|wetting|wetted|peed|pees|peeing|weeing] ~2 the ~1 bed",
    "bedwetting|enuresis|bedwetter",
    "[bed wetting/bed wetter/wet beds/wet at night/dry at night/night time wetting/wet every night]",
  ],
  VERTIGO_POSITIONAL: [
    "[room|world|everything] ~2 [spins|spinning|spin|spun]",
    "vertigo",
    "dizzy|giddy|spinning|spins|woozy ~6 [roll over/turn over/turning over/rolling over/lie down/lying down/look up/looking up/bend|bending/turn my head/move my head/get up/getting up/sit up/sitting up]",
  ],
  // "new", "getting worse", "never used to": a change worth a routine review.
  WORSENING: [
    "[getting worse/worse than/more and more/never used to/did not use to/didn't use to/lately|recently|nowadays/these days/new]",
  ],
  GRADUAL: [
    "gradually|gradual|slowly|progressively",
    "[over time/over the years/over the past ~2 months|years/over the last ~2 months|years/for months/for years/getting worse ~3 months|years/past few months/last few months/last year/past year]",
  ],
  // Started within the last day or two: a new symptom, not a long-standing pattern.
  RECENT_ONSET: [
    "since ~2 [yesterday|today|tonight|morning|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday/last night/this afternoon]",
    "[started|began|begun|came|come|kicked] ~2 [yesterday|today|tonight/this morning/last night/this afternoon/a day ago/2 days ago/two days ago/out of nowhere/out of the blue]",
    "[last|past] ~1 [day or two/24 hours/48 hours/couple of days]",
  ],
  EYESIGHT_WORSE: [
    "[eyesight|vision|sight|eyes] ~4 [worse|deteriorating|going|blurry|blurred|blurrier|fuzzy/getting worse/not as good]",
    "[blurry|blurred|fuzzy] ~2 [vision|eyesight|sight]",
    "[struggling|struggle|hard] ~3 [read|reading/see the tv/see the board/see far]",
  ],
  CONTRACEPTION_TALK: [
    "[want|like|thinking|considering|looking|switch|switching|change|changing|start|starting|get|getting|discuss|talk|options|advice|come|coming|stop|stopping|remove|removed|removal|fitted|fitting|renew|review|choose|choosing|best] ~4 [contraception|contraceptive|contraceptives|coil|iud|ius|mirena|implant|nexplanon|depo|vasectomy|sterilisation|sterilization/birth control/the pill/mini pill/combined pill/contraceptive pill/the patch]",
    "[contraception|contraceptive|coil|implant|vasectomy/birth control] ~4 [options|advice|appointment|consultation|review|fitted|removed|change]",
  ],
  ASSESSMENT_REQUEST: [
    "[adhd|autism|autistic|asd|dyslexia|dyslexic|dyspraxia|asperger*|aspergers|neurodivergent|neurodiverse|ocd|bipolar|add] ~6 [assessment|assessed|diagnosis|diagnosed|referral|referred|test|tested|screening|evaluation|evaluated]",
    "[assessment|assessed|diagnosis|diagnosed|referral|referred|tested|screening|evaluation] ~4 [for|of] ~2 [adhd|autism|dyslexia|dyspraxia|asperger*|aspergers|ocd|bipolar]",
    "[think|wonder|suspect|wondering|believe] ~4 [have|has|got|be|is] ~2 [adhd|autism|autistic|dyslexia|dyslexic|dyspraxia|asperger*|ocd|bipolar]",
  ],
};
