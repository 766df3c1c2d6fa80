// Lay wording for problems to be seen today (L3): shingles, appendicitis, renal colic, giant-cell
// arteritis, new floaters, sudden deafness, catheters, diabetic feet, critical medicines run out, very
// high blood pressure or INR, objects in the nose or ear, abscesses, new psychosis or mania, and urgent
// contraception (clinical-safety.md §1.2 L3).
import type { ConceptDefs } from "../../text/patterns.ts";

export const SAME_DAY_CONCEPTS: ConceptDefs = {
  RAPID_GROWTH: [
    "[growing|grown|grew|doubled/got bigger/getting bigger/gotten bigger/grown bigger] ~3 [fast|quickly|rapidly|overnight|daily/really fast/so fast/in a week/in days/in a few days/every day/each day/by the day/within days]",
    "[rapidly|quickly|fast] ~1 [growing|enlarging/getting bigger]",
    "[much|way|lot|massively|twice|loads] ~2 bigger ~3 [week|days|yesterday|overnight]",
  ],
  SHINGLES: ["shingles|zoster", "herpes ~1 zoster"],
  // A lump that has become painful is seen like one that is growing fast; "a bit tender since my cold"
  // is a gland doing its job.
  LUMP_NEWLY_PAINFUL: [
    "[got|gotten|become|became|turned|gone|getting|started|starting|begun|began] ~2 [painful|sore|tender/to hurt/hurting/really sore/really painful]",
    "[now|suddenly] ~2 [hurts|hurting|painful|sore/really sore]",
  ],
  // Shingles described rather than named: a blistering rash, usually in a band on one side.
  SHINGLES_LIKE: [
    "[blistery|blistering|blistered|weeping|crusting|crusty] ~2 rash|spots|patch",
    "rash|spots ~5 [blister|blisters|blistering/fluid filled]",
    "[band|strip|stripe|line|cluster|patch] ~2 of ~1 [blisters|spots|rash]",
  ],
  // The vaccine, not the illness: "should I have the shingles jab at 70?".
  SHINGLES_VACCINE: [
    "shingles|zoster ~2 [vaccine|vaccines|vaccination|vaccinations|jab|jabs|shot|shots|injection|immunisation|immunization]",
    "[vaccine|vaccination|jab|shot|injection|immunisation|immunization] ~3 [for|against] ~1 shingles|zoster",
    "shingrix|zostavax",
  ],
  EYE_ZONE: [
    "eye|eyes|eyelid|eyelids|forehead|eyebrow|brow|temple",
    "[tip|end|side|bridge] ~2 of ~2 nose",
  ],
  APPENDIX: [
    "appendix|appendicitis",
    "[navel|middle|centre|center/belly button/around ~2 belly button] ~8 [moved|moving|gone|went|shifted|spread|spreading|travelled|now] ~7 [right/lower right/bottom right/right hand side/right side]",
    "[lower right/right lower/bottom right/right side of ~2 tummy|stomach|belly|abdomen/right hand side of ~2 tummy|stomach|belly|abdomen/low down on the right/down on the right] ~4 $PAIN|pain|hurts|tender|ache|sharp",
    "$PAIN|pain|hurts|tender|ache|aching|sharp ~4 [lower right/bottom right/right lower/low down on the right/down on the right/right side of ~2 tummy|stomach|belly|abdomen]",
  ],
  KIDNEY_STONE: [
    "[kidney stone/kidney stones/renal colic/renal stone/stone in ~2 kidney/stones in ~2 kidney/passing a stone]",
  ],
  RENAL_COLIC: [
    "[side|flank|back|loin|kidney] ~8 [into|towards/down to/round to/going to/spreading to/radiating to] ~3 [groin|front|tummy|balls|testicle|vagina]",
    "[comes|coming|came|pain] ~2 in ~1 waves",
    "[can not/cannot/unable to] ~1 [sit|lie|keep] ~1 still",
    "pacing|writhing ~3 pain|agony",
  ],
  TEMPLE_PAIN: [
    "temple|temples ~3 $PAIN|pain|tender|tenderness|sore|throbbing|headache|pounding",
    "$PAIN|pain|tender|sore|throbbing|headache|pounding ~3 [temple|temples/side of ~2 head]",
    "[temporal arteritis/giant cell/giant cell arteritis/gca/polymyalgia]",
  ],
  JAW_CLAUDICATION: [
    "jaw ~6 [chew|chewing|eating|eat|talking|talk|meals]",
    "[chew|chewing|eating] ~4 jaw ~3 $PAIN|hurts|ache|aches|tired|tires|cramp",
  ],
  SCALP_TENDER: [
    "scalp ~4 tender|sore|hurts|painful|sensitive",
    "[brush|brushing|comb|combing] ~3 [hair] ~4 [hurts|painful|sore|tender]",
  ],
  FLOATERS: [
    "floaters|floater|cobweb|cobwebs",
    "[flashes|flashing|flickering|sparks|lightning] ~3 [light|lights|eye|eyes|vision|corner]",
    "[shower|cloud|lots|loads|swarm] ~2 of ~2 [dots|spots|floaters|specks/black dots]",
    "[curtain|shadow|veil] ~4 [across/coming down/coming across/over ~2 vision|eye]",
  ],
  HEARING_LOSS: [
    "$SUDDEN ~3 [deaf/lost ~2 hearing/not hear/hearing ~1 went|gone/hearing ~1 loss]",
    "hearing ~1 loss ~3 [sudden|suddenly|overnight|today/one ear/in one ear/left ear/right ear]",
    "[woke|woken|wake|waking] ~4 [deaf/not hear/no hearing/hearing gone/hearing has gone]",
    "[lost|losing|lose] ~2 [hearing/my hearing/his hearing/her hearing] ~4 [one|left|right|suddenly|overnight|today/one ear]",
    "not hear ~3 [out of/in/with/from] ~2 [one|left|right|my|his|her] ~1 ear",
    "deaf ~3 [in ~2 ear/one ear/left ear/right ear/suddenly/overnight]",
  ],
  CATHETER: ["catheter|catheters|suprapubic|foley|nephrostomy", "[leg bag/catheter bag]"],
  CATHETER_PROBLEM: [
    "catheter|bag ~5 not ~2 drain*|fill*|work*",
    "catheter|bag ~5 [nothing/no urine/no wee/no pee] ~3 [in|out|coming|come|came|draining|drained]",
    "catheter|bag ~5 [blocked|bypassing|leaking|empty|dry/not draining/stopped draining/fell out/came out/pulled out/no urine/not working/nothing in/not filled/not filling/not filling up/hasn't filled/has not filled]",
  ],
  FOOT_PROBLEM: [
    "foot|feet|toe|toes|heel|heels|sole|soles ~4 [ulcer|sore|wound|blister|cut|black|blackened|red|swollen|infected|smells|hole/gone black/turning black/not healing/won't heal/will not heal]",
    "[ulcer|sore|wound|blister|cut|hole] ~4 [on|in|under] ~2 foot|feet|toe|toes|heel|sole",
  ],
  RAN_OUT: [
    "[run out/ran out/running out/run low/ran low/out of/no more/none left/forgot to order/forgot to pick up/not get ~2 prescription/can not get/missed ~2 doses/missed ~2 tablets/without my/without his/without her/left ~3 at home/lost ~2 tablets|meds|medication|insulin|pens]",
  ],
  CRITICAL_MED: [
    "lamotrigine|levetiracetam|keppra|valproate|epilim|carbamazepine|tegretol|phenytoin|topiramate|lacosamide|clobazam|insulin|novorapid|lantus|levemir|humalog|tresiba|hydrocortisone|fludrocortisone|levodopa|madopar|sinemet|clozapine|tacrolimus|ciclosporin|warfarin|apixaban|rivaroxaban|eliquis|xarelto",
    "[epilepsy|seizure|antiepileptic|parkinsons|transplant|addisons|steroid/anti seizure/parkinson 's/addison 's] ~2 [tablets|tablet|meds|medication|medicine|pills|drugs]",
  ],
  BP_WORDS: ["[blood pressure/bp/home monitor/monitor/readings|reading]"],
  BP_RAISED: [
    "[blood pressure/bp/home monitor/readings] ~4 [high|higher|up|raised|elevated|climbing/over 140/above 140/too high]",
    "[high|raised|elevated] ~2 [blood pressure/bp]",
    "hypertension|hypertensive",
  ],
  BP_VERY_HIGH: [
    "[blood pressure/bp] ~4 [dangerously|extremely|massively/through the roof/sky high/very high/really high/over 180/over 200/above 180]",
  ],
  INR_READING: ["inr ~4 #"],
  INR_HIGH: [
    "inr ~3 [high|raised|up|over|higher|elevated/too high/really high/very high/through the roof]",
  ],
  FOREIGN_BODY: [
    "[pushed|put|stuck|shoved|got|inserted|poked] ~4 [up|in|into|inside] ~2 [nose|nostril|nostrils|ear|ears]",
    "[bead|beads|pea|peas|peanut|lego|button|toy|stone|sweetcorn|raisin|crayon|rubber|eraser|tissue|battery|magnet|seed/cotton bud/cotton wool] ~4 [up|in|inside/stuck in] ~3 [nose|nostril|ear|ears]",
    "[something|object|thing] ~3 stuck ~3 [nose|nostril|ear]",
  ],
  ABSCESS: [
    "abscess|abscesses|carbuncle|quinsy|whitlow",
    "[pilonidal/dental abscess/tooth abscess]",
  ],
  BOIL: ["boil|boils"],
  PSYCHOSIS: [
    "[hearing|hears|heard] ~2 voices",
    "[seeing|sees|saw] ~3 [things that are not there/things that aren't there/people who are not there/people that are not there/things nobody else/things no one else]",
    "hallucinat*|paranoid|paranoia|delusion|delusions|delusional|psychotic|psychosis",
    "[tv|radio|television|phone|telly] ~3 [talking to/talks to/speaking to/sending ~2 messages/sends ~2 messages]",
    "[people|someone|they|neighbours|neighbors|police] ~3 [watching|following|spying|after] ~2 [her|him|me|us/the house/our house]",
    "[thinks|believes|convinced|says|saying|said|claims|claiming|insists|sure|certain] ~6 [following|watching|spying|poisoning|plotting|controlling|tracking|listening|bugged|microchip|cameras/after him/after her/putting thoughts/reading ~2 mind/in ~2 head]",
  ],
  MANIA: [
    "[not slept/hasn't slept/has not slept/haven't slept/have not slept/no sleep/not sleeping/barely slept/hardly slept/without sleep] ~4 [days|nights]",
    "[talking|speaking|talks] ~2 [really fast/very fast/so fast/nonstop/non stop/a mile a minute/at a million miles/over everyone]",
    "[spending|spent|spends] ~3 [loads|thousands|all|lots|hundreds|savings] ~2 money?",
    "[racing thoughts/manic|mania|hypomanic|hypomania|grandiose/special powers/invincible/thinks he is god/thinks she is god/thinks he's god/on a high]",
  ],
  EMERGENCY_CONTRACEPTION: [
    "[morning after pill/morning after/emergency contraception/emergency contraceptive/plan b/levonelle/ellaone/ella one/emergency pill]",
    "[condom split/condom broke/condom came off/condom burst/unprotected sex/forgot my pill/missed my pill/missed two pills/missed 2 pills/no protection]",
  ],
  // Already taken: the time pressure has passed ("took the morning after pill yesterday, is spotting normal?").
  EC_TAKEN: [
    "[took|taken|used] ~3 [morning after pill/morning after/emergency contraception/emergency contraceptive/plan b/levonelle/ellaone/ella one/emergency pill]",
  ],
  THINNER: ["[looks|looking|got|getting|gone] ~2 [thinner|skinnier|thin|skinny|bony]"],
};
