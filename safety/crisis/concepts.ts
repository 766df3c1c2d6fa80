// Lay and slang wording for suicide and self-harm, C-SSRS-informed (clinical-safety.md §3.4): wish to
// be dead, active thoughts, method, intent/plan/preparation, attempts, and method-seeking questions.
// *_IF_CONTEXT concepts count only alongside other crisis or distress talk ("I have a plan").
import type { ConceptDefs, Macros } from "../text/patterns.ts";

export const CRISIS_MACROS: Macros = {
  // Not "yourself": second person is a supporter's or an insult's voice ("don't kill yourself").
  SELF: "myself|himself|herself|themselves|themself|ourselves|meself",
  POSS: "my|his|her|their|our",
  DIE: "die|dead|death|dying",
  LETHAL: "kill|killed|kills|lethal|fatal|deadly|die|dead|death",
  DRUGS:
    "pills|pill|tablets|tablet|paracetamol|paracetomol|tylenol|acetaminophen|ibuprofen|aspirin|codeine|tramadol|oxycodone|fentanyl|heroin|morphine|insulin|sleeping|antidepressants|sertraline|citalopram|amitriptyline|diazepam|xanax|benzos|lithium|meds|medication|medicine|drugs|alcohol|vodka|panadol|advil|nurofen|zopiclone|melatonin|benadryl|antihistamines|propranolol|quetiapine|mg|grams",
  PLACE:
    "bridge|bridges|building|buildings|cliff|cliffs|tower|towers|roof|rooftop|rooftops|skyscraper|skyscrapers|overpass|dam|carpark",
  HIGHEST: "tallest|highest|biggest",
  OTHER:
    "friend|friends|someone|somebody|him|her|them|son|daughter|child|partner|wife|husband|brother|sister|mum|mom|dad|student|students|patient|patients|colleague|teen|teenager|kid|kids|boyfriend|girlfriend|loved",
};

export const CRISIS_CONCEPTS: ConceptDefs = {
  WISH_DEAD: [
    "want|wants|wanted|wanting|wish|wishes|wishing|wanna ~2 [to die/to be dead/i was dead/i were dead/i could die/to disappear forever/to not exist/not to exist/i was never born/i had never been born/to not wake up/not to wake up/to sleep forever/it all to end/it all to be over/to stop existing/to go to sleep and never wake up]",
    "not want ~2 [to live/to be alive/to be here anymore/to be here any more/to exist/to exist anymore/to wake up/to live anymore/to be around anymore/to be in this world/to be on this earth/to go on living]",
    "better ~1 off ~2 [dead/without me/if i was gone/if i were gone/if i wasn't here/if i died/if i was dead]",
    "no ~1 [reason/point] ~2 [to live/in living/living/to go on living/being alive/to be alive]",
    "nothing ~1 to ~1 live ~1 for",
    "life ~3 not ~2 worth ~1 living",
    "not worth living",
    "tired ~1 of ~1 [living/being alive/existing]",
    "not ~1 [go on/carry on] ~1 [living/anymore/any more]",
    "hope|hoping ~3 not ~1 wake ~1 up",
    "[never wake up/not wake up] ~2 again",
    "wish ~1 i ~1 [was|were ~1 dead/could die/would die/was gone forever]",
    "ready to die",
    "[why/no point/what's the point] ~3 [prolong|prolonging/drag|dragging out] ~3 [suffering/this/it/my life/life]",
    "want|wants|wanted|wanna|wanting ~2 to $DIE",
  ],
  SUICIDAL: [
    "suicidal|sucidal|suicidel|suicdal|suisidal|suicidial|sewerslide|unalive|unaliving",
    "[sewer slide/self delete]",
    "think|thinking|thought|thoughts|considering|contemplating|contemplate|considered|ideation|urge|urges ~3 suicide|sucide|suiside|sewerslide",
    "kill|killing|kms|off|offing|unalive ~1 $SELF",
    "kms",
    "end|ending|take|taking ~1 $POSS ~1 own? ~1 life",
    "end ~2 it ~1 all",
    "commit|commiting|committing ~1 suicide",
  ],
  // "taking my life back" is the opposite of a crisis.
  NOT_SUICIDAL: ["life ~1 [back/forward/seriously/into/in a new/in my own hands]"],
  SELF_HARM: [
    "self ~1 harm|harming|harmed|injury|injure|injuring|mutilation|mutilating",
    "selfharm|selfharming",
    "[want to/going to/urge to/urges to/thoughts of/thinking of/thinking about/feel like/tempted to] ~1 [hurt|hurting|harm|harming|cut|cutting|burn|burning|punish] ~1 $SELF",
    "cutting|harming ~1 $SELF",
    "cut|burned|burnt|hurt|harmed ~1 $SELF ~3 [on purpose/deliberately/again/to feel/to cope]",
  ],
  METHOD_THOUGHTS: [
    "think|thinking|thought|thoughts|imagine|imagining|picture|picturing ~3 about|of ~3 [jumping off/jumping from/jumping in front/overdosing/hanging myself/slitting my/taking all my/stepping in front/crashing my car/drowning myself/shooting myself/walking into traffic/driving off]",
  ],
  METHOD_THOUGHTS_IF_CONTEXT: [
    "think|thinking|thought|thoughts ~3 about|of ~2 [how/ways/the way] ~3 [i'd/i would/to/i could/i will]",
    "know ~3 how ~2 [i would/i'd/i will/i'll/i could] ~1 do ~1 it",
    "researched|researching|looked|looking|googled|googling|searched|searching ~3 [ways/how to/methods]",
  ],
  INTENT: [
    "[going/gonna/will/'ll/plan/planning/planned/decided/deciding/ready/about to/intend/intending] ~3 [kill $SELF/end $POSS life/end it all/take $POSS own life/take $POSS life/commit suicide/unalive $SELF/kms/hang $SELF]",
    "by the time ~3 read this ~3 [gone/dead]",
    "[going to/gonna/will/about to/plan to/planning to/i'll] ~2 [jump off/jump from/jump in front of/throw myself off/throw myself in front of] ~3 bridge|building|roof|cliff|train|tracks|car|balcony|window|tower|motorway|highway",
    "[kill $SELF/end it all/end $POSS life/end it/take $POSS life/kms/be dead/do it] ~3 [tonight/tomorrow/this weekend/this week/today/soon]",
    "[tonight/tomorrow] ~2 [is the night/is the day/i will do it/i'll do it/i am going to/i'm going to]",
  ],
  INTENT_IF_CONTEXT: [
    "[goodnight/good night/goodbye/bye] ~2 [my friends/everyone/forever/world/all]",
    "if ~2 this ~1 [does not work/doesn't work/fails]",
    "[i will/i am going to/i'm going to/going to/gonna] ~2 [do it/end it/jump/jump off]",
    "this is ~1 goodbye",
    "goodbye ~1 [everyone/forever/world]",
    "[last/final] ~1 [message/night/day] ~2 [alive/on earth/of my life]",
    "by the time ~3 read this",
  ],
  PLAN_IF_CONTEXT: [
    "have|got|made|making|worked ~2 a|the ~1 plan",
    "planned ~3 [it/how/everything/when/where/the date]",
    "[know/decided] ~3 [when/where/how] ~3 [going to/gonna/will] ~1 [do it/die/end it]",
    "picked ~2 a ~1 [date/day/time/place/spot]",
  ],
  PREPARATION: [
    "suicide ~1 note",
    "tied|tying|made|making ~2 a ~1 noose",
    "stockpiling|stockpiled|hoarding|hoarded ~3 [pills/tablets/meds/medication/my meds/my pills/insulin]",
    "[goodbye letter/goodbye letters/goodbye note]",
  ],
  PREPARATION_IF_CONTEXT: [
    "wrote|written|writing|left|leaving ~3 [a note/my note/letters/a letter/notes]",
    "gave|giving|give ~3 away ~3 [my stuff/my things/my belongings/my possessions/everything/my pets]",
    "bought|got|buying|purchased|ordered|getting ~3 [rope/a rope/a gun/the pills/a lot of pills/charcoal/helium/razor blades/the rope]",
    "saving|saved|collecting|collected ~3 [pills/tablets/meds/medication/my meds/my pills]",
    "said|saying ~2 goodbye ~2 [to everyone/to my family/to my friends]",
  ],
  ATTEMPT: [
    "tried|attempted|attempt|attempting|tries|try ~2 to ~2 [kill $SELF/end $POSS life/take $POSS life/take $POSS own life/commit suicide/overdose/hang $SELF/end it all/od/unalive $SELF/drown $SELF]",
    "suicide ~1 attempt|attempts",
    "attempted ~1 suicide",
    "tried ~2 [to die/suicide/killing myself]",
  ],
  ATTEMPT_NOW: [
    "[i have/i've/just/already] ~2 [taken/took/swallowed] ~3 [the pills/all my pills/all the pills/all of them/the whole bottle/the whole packet/them all/an overdose/overdose/overdoes/loads of pills]",
    "[taken|took|swallowed] ~2 [all my pills/all my tablets/all my meds/the whole bottle/the whole packet]",
    "slit|slitting|sliced ~2 [my wrist/my wrists/my throat]",
    "noose ~3 [around my neck/round my neck/is ready/tied/set up]",
    "rope ~3 [around my neck/round my neck]",
    "gun ~3 [to my head/in my mouth]",
  ],
  ATTEMPT_NOW_IF_CONTEXT: [
    "[just/already/i've/i have] ~2 [took/taken/swallowed/had] ~2 # ~1 more",
    "[it's too late/its too late/it is too late/already done/it's done/it is done/did my research]",
    "doing ~1 it ~1 [now/right now/tonight]",
    "[about to/going to/gonna] ~1 jump ~2 [now/right now]",
    "cut|cutting|sliced ~3 [too deep/deep/my wrist/my wrists/my arm/my arms]",
    "gun ~3 [in my hand/loaded]",
    "this is ~1 my ~1 last ~1 message",
  ],
  MEANS_AT_HAND_IF_CONTEXT: [
    "[has/have/got/bought/owns/keeps] ~1 a|the ~1 [gun|rope|knife|blade|razor|noose/shotgun/rifle/lot of pills]",
    "holding ~2 [the knife/a knife/the gun/a gun/the pills/pills/a blade/the blade/a razor/the rope/a rope]",
    "pills|tablets|knife|gun|blade|rope|razor ~3 [in my hand/in front of me/next to me/ready/beside me/with me]",
    "standing|sitting|stood|sat ~3 [on the edge/on the ledge/on the bridge/on the roof/at the edge/on the railing/on the tracks/on a bridge/on a roof]",
    "[on the bridge/on the roof/on the ledge/at the edge] ~3 [now/right now]",
  ],
  SELF_HARM_INJURY_IF_CONTEXT: [
    "cut|cutting|hurt|burned|burnt ~2 $SELF ~4 [will not stop bleeding/not stop bleeding/bleeding a lot/too deep/deep/badly/stitches/bleeding loads/a lot of blood]",
    "bleeding ~4 [from cutting/from where i cut/after i cut]",
  ],
  // Asking for method, lethality, dose-for-harm or location, in any framing (§3.3 "Must not").
  METHOD_SEEKING: [
    "lethal|fatal|deadly ~1 dose|doses|dosage|amount|amounts|quantity|level|injection",
    "how ~2 many|much ~3 $DRUGS ~4 $LETHAL",
    "what|which ~2 [dose/amount/quantity] ~4 $LETHAL",
    "[painless|quick|quickest|fastest|easiest|easy|best|surest|effective|peaceful|reliable|simplest|gentlest/least painful/most effective/most painless] ~2 way|ways|method|methods ~2 [to die/to kill myself/to kill yourself/of killing myself/of dying/to commit suicide/to unalive myself/of suicide/to end it all/to kms/to end my life/to end your life]",
    "way|ways|method|methods ~1 to ~1 [die/kill myself/kill yourself/end my life/commit suicide/end it all]",
    "how ~2 [to kill myself/do i kill myself/can i kill myself/to end my life/to commit suicide/to hang myself/to hang yourself/to unalive myself/do people kill themselves/to tie a noose/to make a noose/to kill yourself/to end it all/would i kill myself/could i kill myself/should i kill myself/to bleed out/to drown myself/to die]",
    "how ~1 long ~4 [to die/before you die/before i die/until death/to bleed out/to suffocate/until you die]",
    "[method/methods] ~2 [of suicide/to kill/to die/of killing/to commit suicide/to end my life/to kill myself]",
    "suicide ~1 methods|method",
    "how ~2 high|far ~4 fall|jump|drop ~4 $LETHAL",
    "what ~1 height ~4 fatal|kill|die|survive|dead",
    "$HIGHEST ~2 $PLACE ~4 [near me/nearby/around here/in my area/close to me/to jump/jump off/jump from/near here]",
    "$PLACE ~4 [high enough/tall enough/to jump off/to jump from]",
    "# ~3 $DRUGS ~4 [kill me/die/fatal/lethal/deadly/enough to die/enough to kill/kill someone]",
    "$DRUGS ~4 [kill me/enough to die/enough to kill me/be fatal/be lethal]",
    "where|how ~3 buy|get|find|obtain|order ~3 [nembutal|pentobarbital|cyanide|barbiturates/exit bag/suicide kit]",
    "is ~3 [hanging|drowning|overdosing|jumping|suffocation|slitting/bleeding out/carbon monoxide/an overdose] ~3 painful|painless|quick|peaceful|fast|reliable|effective|lethal|fatal",
    "what happens ~3 if ~3 take|took|swallow|swallowed|drink|drank ~3 [the whole bottle/all my pills/all the pills/the whole packet/all of them]",
  ],
  // Only a method question when distress or crisis is in the conversation (§3.2: the bridges example).
  METHOD_SEEKING_IF_CONTEXT: [
    "$HIGHEST ~2 $PLACE",
    "can ~2 [you/i/someone/a person/people] ~1 die ~2 from ~3 [taking/pills/too many/overdose/overdosing/$DRUGS]",
    "what happens ~3 if ~3 take|took|swallow|drink ~4 [# ~1 $DRUGS/too many/a lot of/loads of/lots of]",
    "[would/will/could/can/does/do] ~5 [kill you/kill someone/kill a person/be fatal/be lethal/be deadly]",
    "where|how ~3 buy|get|find|obtain ~3 [a gun/rope/a rope/helium/pills/a lot of pills/sleeping pills/a knife]",
    "how ~2 many|much ~4 $DRUGS ~3 [dangerous|toxic|safe|od|overdose/too much/to overdose]",
    "what|which ~2 [dose/amount] ~4 od|overdose|toxic|dangerous",
    "toxic ~1 dose|amount|level",
  ],
  DISTRESS: [
    "hopeless|worthless|despair|despairing",
    "depressed|depression|depressive",
    "[empty inside/numb inside/dead inside/so alone/all alone/so lonely/really lonely/a burden/a failure/falling apart/breaking down/nervous breakdown/dark place/dark thoughts/low mood/feeling low/feeling down/so low/really low/so down/feel trapped/feel desperate/feel so desperate/so desperate/so miserable/really miserable/i am not okay/i am not ok/not okay mentally/struggling mentally/struggling emotionally/mental health is bad]",
    "not ~1 [cope/coping/take it anymore/take it any more/take much more/handle it anymore/handle this anymore/go on like this/do this anymore/keep going like this]",
    "hate ~1 [myself/my life/living/everything about me]",
    "[no point/what's the point/whats the point/what is the point] ~3 [anymore/any more/living/trying/of living/in anything/in life/going on/of anything]",
    "[life/everything/it all] ~2 pointless",
    "[give up/giving up/given up] ~2 [on life/on everything/on myself]",
    "i ~3 [cry|crying|cried/been crying] ~2 [all the time/every day/every night/constantly/non stop]",
    "i ~2 not stop crying",
    "panic attacks",
    "[no one/nobody] ~2 [cares/would care/would notice/would miss me/loves me]",
  ],
  LIFE_EVENT: [
    "lost ~2 [my job/my house/my home/my partner/my wife/my husband/my son/my daughter/my mum/my mom/my dad/everything/custody/my baby]",
    "[got fired/been fired/laid off/made redundant/was fired/i was fired/got sacked]",
    "[divorce/divorced/broke up/break up/breakup/dumped/cheated on/kicked out/evicted/homeless/bankrupt/bullied/abused/assaulted/raped]",
  ],
  GRIEF: [
    "[died by suicide/took his own life/took her own life/took their own life/committed suicide/killed himself/killed herself/killed themselves/lost ~2 to suicide]",
    "[passed away/died/funeral/grieving/grief/bereaved/bereavement/miss him/miss her/miss them]",
  ],
  // Helping someone else or learning about suicide: information with resources, not a crisis (§3).
  SUPPORT: [
    "how ~3 [support|help|approach|comfort|handle|care/be there for/talk to/reach out to/speak to] ~4 $OTHER",
    "what ~2 [do|should|can] ~2 i ~1 [say|do] ~3 $OTHER",
    "[warning signs/signs/risk factors] ~2 of ~1 suicide",
    "suicide ~1 [prevention/awareness/rates/rate/statistics/stats/hotline/helpline/lifeline/line/number/risk/research/squad]",
    "[crisis line/crisis number]",
    "[essay|paper|article|research|project|presentation|study|studying|documentary|book|novel|movie|film|show|song] ~3 about|on ~2 suicide",
    "safe ~1 messaging",
  ],
  // "took my meds this morning": taking medicine as prescribed is not an attempt.
  ROUTINE_MEDS: [
    "took|taken|take ~4 pills|tablets|meds|medication ~3 [this morning/today/as prescribed/on time/as normal/as usual/every day/doctor/gp/prescribed/with food/for my]",
  ],
  RECENT_TIME: [
    "[just now/last night/tonight/today/earlier today/this morning/this evening/right now/an hour ago/hours ago/minutes ago/few minutes ago]",
  ],
};
