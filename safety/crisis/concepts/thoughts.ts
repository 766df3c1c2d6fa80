// Suicidal thoughts in lay, indirect and slang wording (clinical-safety.md §3.4 C-SSRS Q1–Q3): wish to
// be dead or not to exist, active thoughts, self-harm, and thinking about how. Third person counts the same.
import type { ConceptDefs } from "../../text/patterns.ts";

// Ways of ending a life someone may picture (C-SSRS Q3), first or third person.
const METHOD_ACTS =
  "[jumping off/jumping from/jumping in front/throwing $SELF/stepping in front/walking in front/walking into traffic/walking into the sea/lying on the tracks/overdosing/taking an overdose/taking all my pills/taking all my tablets/taking all of my/taking all ~1 the|those|these|his|her|their ~1 $DRUGS/taking|swallowing the ~1 whole|entire ~1 packet|packets|bottle|box|lot/swallowing all/hanging $SELF/slitting my/slitting his/slitting her/cutting my wrists/cutting my throat/crashing $POSS|the ~1 car|van|motorbike|bike/crashing on purpose/crashing into/driving off the road/steering into/swerving into/swerving in front/driving into/driving off/driving my car into/drowning $SELF/shooting $SELF/gassing $SELF/poisoning $SELF/suffocating $SELF/drinking bleach/ending it with/ways to end it/ways to die/ways of ending it]";

export const THOUGHT_CONCEPTS: ConceptDefs = {
  // C-SSRS Q1: wishing to be dead, not to exist, not to wake up, not to go on (passive ideation).
  WISH_DEAD: [
    "want|wants|wanted|wanting|wish|wishes|wishing|wanna ~2 [to die/to be dead/i was dead/i were dead/i could die/to disappear forever/to not exist/not to exist/i was never born/i had never been born/to not wake up/not to wake up/to sleep forever/it all to end/it all to be over/it all to stop/everything to stop/everything to end/to stop existing/to go to sleep and never wake up/to go to sleep and not wake up/to fall asleep and never wake up]",
    "not want ~2 [to live/to be alive/to be here anymore/to be here any more/to exist/to exist anymore/to wake up/to live anymore/to be around anymore/to be in this world/to be on this earth/to go on living/to carry on/to go on/to keep going/to be here]",
    "wish|wished|wishing|wishes ~3 [disappear/vanish/not exist/not be here/not be alive/stop existing/sleep forever/go to sleep forever/fall asleep forever/never wake up/not wake up/sleep and not wake up/sleep and never wake up/go to sleep and not wake up]",
    "wish|wished|wishing|wishes ~3 i|he|she|they ~2 [did not exist/was not here/were not here/was not alive/were not alive/was gone/were gone/was dead/were dead/could die/would die/was gone forever/had never been born/was never born/never existed/would not wake up]",
    "wish|wished|wishing|wishes ~4 never ~1 been ~1 born",
    "better|happier ~1 off? ~2 [dead/gone/not existing/not alive/not here/not around/in the ground/six feet under/if i died/if i was dead/if i were dead/if i was gone/if i were gone/if i was not here/if i were not here/if i was not around/if i were not around/if i disappeared/if i did not exist/if i was not alive/if i was never born]",
    "better ~1 off ~2 without ~1 me",
    "[everyone/everybody/they/family/world/people/kids/children/all] ~3 [better off/happier/fine/okay/ok/better/easier] ~1 without ~1 me",
    "[easier/simpler/better/kinder] ~4 if ~1 i ~2 [was not here/were not here/was not around/were not around/was gone/were gone/disappeared/died/was dead/were dead/did not exist/was not alive/were not alive]",
    "no ~1 [reason/point] ~2 [to live/in living/living/to go on living/being alive/to be alive/to keep going/to carry on/to go on/in carrying on/in going on/being here/existing]",
    "[what is/whats/what/no/any/why] ~2 point ~2 in|of? ~2 [carrying on/going on/keep going/keeping going/living/being alive/being here/existing/staying alive/waking up/continuing/life/trying anymore/trying any more/any of it anymore]",
    "[why bother/why should i bother/why keep/why should i keep/why go on/why carry on] ~2 [living/going on/carrying on/waking up/being alive/being here/trying anymore/existing]",
    "nothing ~1 to ~1 live ~1 for",
    "not ~2 see ~2 point|reason ~3 [in living/of living/to live/in life/in being alive/in going on/in carrying on/anymore/any more]",
    "wish|want|wanted ~3 disappear ~1 [forever/for good/permanently]",
    "disappear forever",
    "life ~3 not ~2 worth ~1 [living/it]",
    "[not worth living/not worth it anymore/not worth it any more]",
    "tired|sick|weary|exhausted ~1 of ~2 [living/being alive/existing/life/this life/my life/being here/waking up]",
    "[had enough/done/finished] ~2 [of|with] ~1 [life/living/everything/being alive/it all/this world/existing]",
    "[i am done/i am so done/i am just done] ~1 [with it all/with everything/with life]",
    "want ~2 out ~2 of ~1 [life/this life/this world/here/existence]",
    "not ~1 [go on/carry on/keep going] ~1 [living/anymore/any more]",
    // "can't do this anymore" is passive ideation, not just distress (§3.4 Q1).
    "not ~1 [do this/do it/go on/carry on/keep going/keep doing this/live like this/take it/take this/take any more/face another day/face tomorrow/be here/keep living] [anymore/any more/no more|longer]",
    "rather ~2 [be dead/die/not be alive/not exist/not be here/not wake up/not live/sleep forever]",
    "not ~1 care|mind|bothered|fussed ~2 if|whether ~1 i|he|she ~2 [die/died/dies/was dead/were dead/did not wake up/do not wake up/never woke up/got hit/get hit/got run over/was not here/was gone/disappeared/live or die/lived or died/woke up]",
    "think|thinking|thought|thoughts ~2 about|of ~1 [not being here/not being around/not existing/not being alive/being dead/my death/my own death/my funeral/not waking up/dying/death/no longer being here]",
    "hope|hoping ~3 not ~1 wake ~1 up",
    "wish|wished|wishing ~3 not ~3 wake ~1 up",
    "wish|wished|wishing ~3 never ~3 wake ~1 up",
    "if ~1 i|he|she ~1 [died/disappeared/was gone/were gone/was not here/did not wake up] ~4 [would not matter/who would care/would anyone care|notice]",
    "if ~1 i|he|she ~1 [died/disappeared/was gone/were gone/was not here/did not wake up] ~4 no|nobody ~1 one? ~1 would ~1 care|notice|miss",
    "everyone|everybody|world|family ~3 be ~1 [better off/happier]",
    "[never wake up/not wake up] ~2 again",
    "ready to die",
    "[why/no point/what is the point] ~3 [prolong|prolonging/drag|dragging out] ~3 [suffering/this/it/my life/life]",
    "want|wants|wanted|wanna|wanting ~2 to $DIE",
  ],
  // Everyday sayings that share words with a wish to be dead.
  NOT_WISH_DEAD: [
    "[carrying on/going on/keep going/keeping going/continuing] ~1 [with/at]",
    "wake ~1 up ~1 [early/at/for/before/so early/on time/in time]",
    "waking ~1 up ~1 [early/at/for/so early]",
    "disappear|vanish ~2 [for a while/for a bit/for a few days/for a week/for the weekend/on holiday/to a beach/to an island/under the duvet]",
    "[die|dead] ~1 than ~1 [go to/go back/go out/do/eat/sit/watch/wear/attend/listen/sing/dance/work/meet/admit/ask/call/talk/speak/text]",
    "[had enough/done/finished] ~2 [of|with] ~1 [everything/it all] ~2 [at work/at school/for today/today/for the day/now]",
  ],
  // C-SSRS Q2: non-specific active thoughts of killing oneself.
  SUICIDAL: [
    "suicidal|sucidal|suicidel|suicdal|suisidal|suicidial|sewerslide|unalive|unaliving|ctb",
    "[sewer slide/self delete]",
    "think|thinking|thought|thoughts|considering|contemplating|contemplate|considered|ideation|urge|urges ~3 suicide|sucide|suiside|sewerslide",
    "kill|killing|off|offing|unalive|top|topping|neck|necking|delete|deleting|end|ending ~1 $SELF",
    "do|doing ~1 $SELF ~1 in",
    "feel|feeling|felt ~1 like ~1 [ending it/ending it all/ending my life/killing myself/giving up on life/not being here]",
    "kms",
    "end|ending|take|taking ~1 $POSS ~1 own? ~1 life",
    "end ~2 it ~1 all",
    "[want to/wanna/going to/gonna/need to/ready to/decided to/just want to] ~1 [end it/end things/end everything]",
    "commit|commiting|committing ~1 suicide",
  ],
  // "taking my life back" is the opposite of a crisis.
  NOT_SUICIDAL: [
    "life ~1 [back/forward/seriously/into/in a new/in my own hands]",
    "end ~1 it|things ~1 [with/between/because/for good with]",
    "not ~1 wake ~1 up ~1 till|until|til|before|for|in",
    // "I'll kill myself laughing": a figure of speech, not intent.
    "kill|killing|killed ~1 $SELF ~2 [laughing/laughin/laughter/lol/lmao/lmfao/haha/hahaha]",
  ],
  SELF_HARM: [
    "self ~1 harm|harming|harmed|injury|injure|injuring|mutilation|mutilating",
    "selfharm|selfharming",
    "[want to/going to/urge to/urges to/thoughts of/thinking of/thinking about/feel like/tempted to] ~1 [hurt|hurting|harm|harming|cut|cutting|burn|burning|punish] ~1 $SELF",
    "urge|urges|urging|tempted|craving|itching ~2 to ~1 [cut/burn/harm/hurt/scratch]",
    "[need to/have to/got to/gotta/must/want to] ~1 [cut/burn] ~1 $SELF|again|now|tonight|so|really|badly?",
    "cutting|harming|burning ~1 $SELF",
    "[cutting/harming/burning] ~1 again",
    "[relapsed/relapse] ~3 [self harm/selfharm/cutting/harming]",
    "cut|burned|burnt|hurt|harmed ~1 $SELF ~3 [on purpose/deliberately/again/to feel/to cope]",
    "use ~2 [it/them/the knife/the blade/the razor/this] ~2 on ~1 $SELF",
  ],
  // "cut my hair", "cut carbs": not self-harm.
  NOT_SELF_HARM: [
    "cut ~2 [hair/fringe/bangs/nails/grass/hedge/ties/losses/back/down/carbs/sugar/corners/the cord|cake]",
  ],
  // C-SSRS Q3: thinking about how.
  METHOD_THOUGHTS: [
    `think|thinks|thinking|thought|thoughts|imagine|imagines|imagining|picture|pictures|picturing|fantasise|fantasize|fantasises|fantasizes|fantasising|fantasizing|daydream|daydreams|daydreaming|visualise|visualize|visualising|visualizing|wonder|wonders|wondering|wondered ~3 about|of? ~3 ${METHOD_ACTS}`,
    "[reading/read/researching/researched/looking/looked/googling/googled/searching/searched/watching/watched] ~3 about|up|into|at|videos? ~2 [ways to end it/ways to die/ways to kill myself/ways of killing myself/how to kill myself/how to end it/how to end my life/suicide methods/methods of suicide/lethal doses/how long it takes to die]",
    "how ~2 many|much ~2 of? ~1 my ~3 $DRUGS ~3 [it would take/it'd take/would it take/i would need/i'd need/it takes/would do it/would be enough]",
    // Wanting to jump off or step in front of something.
    "[want|wanna|wanted|tempted|urge|urges/feel like/keep thinking/keep wanting] ~3 [jump off|from/jump in front of/jumping off|from/jumping in front of/step in front of/stepping in front of/throw myself off|from|under|in front of/walk into|in front of/lie on|down on] ~3 [bridge|building|roof|cliff|train|trains|tracks|railway|balcony|tower|motorway|traffic|lorry|bus|ledge|carpark|multistorey|storey|overpass|flyover|pier|quarry|block|something|somewhere|one]",
  ],
  METHOD_THOUGHTS_IF_CONTEXT: [
    // "how I'd do it", not "how I'd do the presentation": the act is left unsaid.
    "think|thinks|thinking|thought|thoughts|pictured|picture|picturing|imagined|imagining ~3 about|of ~2 [how/ways/the way] ~3 $SUBJ|id|to ~2 [do it/do that/go about it/end it/end things/finish it/finish $SELF off/do $SELF in/kill $SELF]",
    "know|knows|kno|knw|worked|figured ~3 how ~2 $SUBJ|id ~2 do ~1 it|that",
    "[know/knows/kno/knw/decided/worked out/figured out/chosen|chose] ~3 [which pills/what pills/which tablets/what tablets/which meds/what meds/which ones/what i would use/what id use/what i would take/what id take/what he would use|take/what she would use|take/which bridge/which building/where i would do it/how i would do it/the method]",
    "know|knows|kno|knw|decided|chosen|chose ~2 [which|what] ~1 $DRUGS ~1 $SUBJ|id ~1 would? ~1 [use|take|swallow]",
    "researched|researching|looked|looking|googled|googling|searched|searching|reading ~3 [ways/how to/methods/how many pills/how many tablets/how much it would take/how to do it]",
    "[thought about/thinking about/think about/pictured|picture|picturing/imagined|imagine|imagining] ~2 [pills/the pills/a rope/the rope/the bridge/the train|trains/jumping/the knife/my car]",
  ],
  // "but I'd never act on it": thoughts are there; the denial never lowers the tier (§3.4 Q4).
  DENIED_INTENT: [
    "[would not/will not/would never/never/not going to/not gonna/wont/could never] ~2 [act on it/act on them/act on those/act on these/go through with it/actually do it/do it/do anything/do that]",
    "not ~1 think ~2 [i would/i will/i could/id/he would|will/she would|will/they would|will] ~2 [act on it/act on them/go through with it/do it/do anything/actually do it]",
    "not ~1 that ~1 [i would/i will/id/he would|will/she would|will/they would|will]",
    "but ~3 [i/he/she/they] ~1 [will not/would not/would never/am not going to/is not going to/are not going to/do not want to/does not want to/do not actually want to/do not actually mean to/does not actually want to/does not actually mean to/never would/never will]",
    "[says|said|promised|promises|swears|swore|insists|insisted] ~2 [i/he/she/they] ~1 [will not/would not/would never/is not going to/are not going to/am not going to/never will|would]",
    "[no intention/no plans/not planning|intending] ~2 [of|to] ~2 [act|acting|do|doing/going through]",
  ],
  // "if it ever came to that", "just in case": keeping a method in reserve, never a hypothetical (§3.4 Q3).
  CONTINGENCY: [
    "if ~2 it|things|life ~1 ever? ~1 [came to that/came to it/comes to that/comes to it/come to that/got that bad/gets that bad/get that bad/got bad enough/gets bad enough/got too much/gets too much/got worse/got any worse/gets worse]",
    "if ~1 i ~1 ever ~2 [did it/do it/decided to/decide to/went through with it/go through with it/acted on it/act on it]",
    "[when the time comes/as a last resort/my way out/a way out/an exit plan|strategy/just in case]",
  ],
  // "No, I haven't thought about how": a denial, never a reason to lower what was said before.
  DENIED_METHOD: [
    "not|never ~2 [thought|think|considered|planned|worked|figured|got|have|made] ~2 [about how/of how/how/a plan/any plan|plans/a method/any way|ways/out how/that far]",
    "no ~1 [plan/plans/method/real plan]",
  ],
  // Carrying medicine somewhere or choosing it for a symptom is not picturing an overdose.
  NOT_METHOD_THOUGHTS: [
    "$DRUGS ~2 [back/to the/to a/to my/into the/down to/round to/over to] ~3 [pharmacy|pharmacist|chemist|chemists|bin|return|returns|disposal|recycling|surgery|doctor|doctors|gp|hospital|clinic|vet|appointment|work|school]",
    "$DRUGS ~4 for ~2 [hayfever|hay|headache|headaches|migraine|migraines|pain|fever|allergies|allergy|cold|flu|period|cramps|sleep|anxiety|back|cough|infection|nausea|travel|holiday]",
  ],
  // Said as if leaving: "won't be around after Sunday", "none of this will matter soon".
  FINALITY: [
    "$SUBJ ~2 not|wont ~3 be ~1 around|here|alive ~3 anymore|longer|after|then|see|week|year|more",
    "[none of this/none of it/nothing] ~1 will ~1 matter",
    "[it will all/this will all/it will soon/everything will] ~1 be ~1 over",
    "[sorry for everything/goodbye forever/goodbye everyone/look after ~3 for me]",
    "[after|when|once/for when/for after] ~1 i ~1 am ~1 [gone/not here/dead/not around/no longer here]",
    "[made my peace/made peace/at peace now|finally]",
    "[do not know/dont know/did not know/no idea/not realise|realize] ~3 [the last time/it was goodbye/it is goodbye/i was saying goodbye]",
    "[at peace with/made my peace with/made peace with/come to terms with] ~2 [it/my decision/the decision/leaving/going|everything]",
    "not|wont ~2 [be needing/need] ~3 it|them|this|these|things|stuff|her|him ~2 [anymore/any more/where i am going/after]",
    "not|wont ~2 be ~1 needing",
    "not|wont ~2 be ~1 a ~1 burden|problem ~2 [anymore/any more/much longer/for long/soon]",
    "[last time/the last time] ~3 [you will hear from me/anyone will hear from me/you will see me/i will be here]",
    "[you will not/you wont/no one will/nobody will] ~2 [see me again/hear from me again/have to worry about me]",
  ],
};
