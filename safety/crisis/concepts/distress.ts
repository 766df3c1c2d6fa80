// Distress without suicidal content (clinical-safety.md §3.5 MH-0): low mood, flatness, loneliness,
// tears, postnatal low mood, a withdrawn young person; life events and grief as context; supporters.
import type { ConceptDefs } from "../../text/patterns.ts";

const LOW_WORDS =
  "[low/down/flat/empty/hollow/numb inside/emotionally numb/lonely/alone/isolated/worthless/useless/hopeless/miserable/tearful/overwhelmed/lost/broken/grey/gray/depressed/so sad/really sad/sad all the time/sad every day/like a failure/like a burden/like nothing matters/like i have no one/like i have nobody/like nobody cares/like no one cares/like crying/like i am drowning/nothing/numb to everything/disconnected/invisible/unloved/unwanted]";

export const DISTRESS_CONCEPTS: ConceptDefs = {
  DISTRESS: [
    "hopeless|worthless|despair|despairing|lonely|loneliness|tearful|anhedonia",
    "depressed|depression|depressive|overwhelmed",
    "[so/really/very/super/too/constantly] ~1 [stressed/stressed out/anxious all the time]",
    "[empty inside/numb inside/dead inside/so alone/all alone/a burden/a failure/falling apart/breaking down/nervous breakdown/dark place/dark thoughts/low mood/feeling low/feeling down/so low/really low/so down/really down/very down/very low/feel trapped/feel desperate/feel so desperate/so desperate/i am not okay/i am not ok/not okay mentally/struggling mentally/struggling emotionally/mental health is bad/mental health is terrible/baby blues/not myself/not feeling myself/not feeling like myself/not himself/not herself/not themselves]",
    `feel|feels|feeling|felt ~3 ${LOW_WORDS}`,
    "everything|life|all|world ~2 feels|seems|is ~2 grey|gray|heavy|pointless|meaningless|dark|bleak|hopeless|empty|black|shit|shite|crap|unbearable",
    "everything|life|all ~2 feels|seems|is ~1 too ~1 much",
    "not ~1 [cope/coping/take it anymore/take it any more/take much more/handle it anymore/handle this anymore/go on like this/keep going like this/carry on like this]",
    "hate ~1 [myself/my life/living/everything about me]",
    "tired|exhausted|weary ~1 of ~1 [everything/it all/fighting/trying/pretending/being me/feeling like this/struggling/being sad/being alone]",
    "[no point/what is the point/whats the point] ~3 [anymore/any more/living/trying/of living/in anything/in life/going on/of anything/in trying]",
    "[life/everything/it all] ~2 pointless",
    "[give up/giving up/given up] ~2 [on life/on everything/on myself]",
    "i ~3 cry|crying|cried ~3 [all the time/every day/every night/constantly/non stop/for no reason/at everything/myself to sleep/a lot/so much]",
    "[keep crying/keeps crying/kept crying/cannot stop crying/not stop crying/crying for no reason/cries for no reason/cries all the time/crying all the time]",
    "panic attacks",
    "[no one/nobody] ~2 [cares/would care/would notice/would miss me/loves me/understands me/understands/listens/gets me]",
    "[have no one/got no one/have nobody/got nobody/no one to talk to/nobody to talk to/no friends/no one to turn to]",
    "[nothing/not anything] ~2 [makes me happy/makes me smile/brings me joy/feels good/interests me/matters anymore]",
    "not ~2 [enjoy/enjoyed/enjoying] ~2 [anything/things/life/everything]",
    "lost ~2 interest ~2 in ~2 [everything/anything/things/life/his hobbies/her hobbies/my hobbies/football|gaming|friends]",
    "[no motivation/unmotivated/not motivated/cannot be bothered/not be bothered]",
    "drowning ~2 in ~2 [everything/it all/life/debt/stress/work/sadness|grief]",
    "[struggling/not coping/finding it hard|tough/finding things hard|tough] ~3 [since/after] ~4 [died/passed/death/loss/funeral/baby/birth/divorce/breakup/break up]",
    "since ~3 [the baby/having the baby/having my baby/giving birth/the birth/having her/having him] ~6 [low/down/tearful/cry/crying/sad/not myself/not coping/overwhelmed/anxious|empty|numb]",
    "not ~1 bonding ~2 with ~2 [baby/my baby/the baby/him/her]",
    "[post natal/postnatal/postpartum/post partum/perinatal] ~1 [depression/low mood/anxiety/blues|low]",
    // A withdrawn young person (reported by a parent): a change a clinician would ask about.
    "[is/been/so/very/really/quite/more/seems/become/becoming/became/gone/got] ~1 withdrawn",
    "withdrawn ~2 [lately/recently/from us/from everyone/from everything/from his friends/from her friends/and quiet]",
    "[isolating $SELF/shut $SELF away/shutting $SELF away/locks $SELF away|in/locking $SELF away|in]",
    "stopped|stopping|stops|not ~2 [talking to us/talking to me/talking to anyone/talk to us/talk to me/talk to anyone/speaking to us|me|anyone/speak to us|me|anyone/going out/seeing his friends/seeing her friends/seeing friends/seeing anyone/leaving his room/leaving her room/coming out of his room/coming out of her room/eating with us/joining in]",
    "[stays/staying/spends/spending/hides/hiding/shut/locked] ~4 [in his room/in her room/in their room/in my room/in the bedroom]",
  ],
  // "low on battery", "low in iron", "run down", "feel down the back": not mood.
  NOT_DISTRESS: [
    "[low/down] ~1 [on|in] ~1 [iron/energy/battery/money/cash/sodium|potassium|b12|vitamin|vitamins/blood/sugar|sugars/fuel/stock|milk|petrol]",
    "run ~1 down",
    "[stomach/tummy/bladder/breast/breasts/bowel/bowels/head/leg/legs/arm/arms/chest/body/fridge/battery|phone] ~2 [feel|feels|feeling|felt|is|seems]",
    "[down/low/numb] ~2 [my leg|legs/my arm|arms/my back/my side/my neck/my spine/the back/my fingers|toes/my face|lip|lips|foot|feet|hand|hands]",
    "feel|feels|feeling ~1 [low|down] ~1 [back/there/here]",
  ],
  // Harm someone may say they would never do ("I'd never hurt myself"); only its negation is used.
  DENIED_HARM: [
    "hurt|harm|harming|hurting|kill|killing ~1 [$SELF/the baby/my baby/my kids/my children/my son/my daughter/anyone]",
  ],
  LIFE_EVENT: [
    "lost ~2 [my job/my house/my home/my partner/my wife/my husband/my son/my daughter/my mum/my mom/my dad/everything/custody/my baby/my business]",
    "[got fired/been fired/laid off/made redundant/was fired/i was fired/got sacked/been sacked/failed my exams/failed all my exams/dropped out]",
    "[divorce/divorced/broke up/break up/breakup/dumped/cheated on/kicked out/evicted/homeless/bankrupt/bullied/abused/assaulted/raped/debt|debts]",
    "[wife/husband/partner/girlfriend/boyfriend/gf/bf/fiance/fiancee] ~2 [left me/walked out/has left/just left/moved out]",
    "[wife/husband/partner/girlfriend/boyfriend/gf/bf/fiance/fiancee] ~1 left ~1 [,/and/so/us|today|yesterday]",
  ],
  // Grief a clinician would follow up; bare news of a death (LOSS) is context only.
  GRIEF: [
    "[died by suicide/took his own life/took her own life/took their own life/committed suicide/killed himself/killed herself/killed themselves/lost ~2 to suicide]",
    "[grieving/grief/bereaved/bereavement/mourning/miss him so much/miss her so much/miss them so much/miss him/miss her/miss them/cannot get over]",
  ],
  LOSS: [
    "[passed away/died/funeral/put down/put to sleep/lost my|his|her ~1 mum|mom|dad|wife|husband|son|daughter]",
  ],
  // Helping someone else or learning about suicide: information with resources, not a crisis (§3).
  SUPPORT: [
    "how ~3 [support|help|approach|comfort|handle|care/be there for/talk to/reach out to/speak to/explain to/tell/talk with|about/bring it up with/raise it with/ask] ~4 $OTHER",
    "how ~3 [explain|tell|talk|speak] ~1 to? ~1 [my|our|a|the|his|her|their]",
    "what ~2 [do|should|can] ~2 i ~1 [say|do] ~3 $OTHER",
    "[warning signs/signs/risk factors] ~2 of ~1 suicide",
    "suicide ~1 [prevention/awareness/rates/rate/statistics/stats/figures|numbers/hotline/helpline/lifeline/line/number/risk/research/squad/bereavement/loss]",
    "[crisis line/crisis number]",
    "[essay|paper|article|research|project|presentation|study|studying|documentary|book|novel|movie|film|show|song|podcast] ~3 about|on ~2 suicide",
    "safe ~1 messaging",
    "[why do/why are/why is] ~3 [suicide/rates/more men/men more/young people/teens]",
  ],
};
