// Asking for method, lethality, dose-for-harm, location or timing information, in any framing: fiction,
// role-play, "hypothetically", "for a friend" (clinical-safety.md §3.2–3.3). Indirect questions (tall
// bridges, train times, "how many would it take") count beside distress, suicide talk or fiction.
import type { ConceptDefs } from "../../text/patterns.ts";

// How a question names harm: death, a stopped heart, not waking up, an overdose threshold.
const HARM_END =
  "[not wake up/never wake up/not want to wake up/never want to wake up/not wake up again/never wake up again/wake up from/too much to survive/to not survive/be fatal/be lethal/be deadly/kill someone/kill a person/kill an adult/finish someone off/put someone to sleep forever/to overdose/to od/for an overdose/for a fatal overdose/to end it/to end a life/to end your life]";
// Getting onto a height where people are not meant to be, not visiting it.
const ACCESS =
  "[get onto/get on to/get up onto/get up on/get out onto/get on top of/get on the roof|top/get onto the roof|top/get to the roof|edge/get up to the roof|edge/sneak onto|into|up/climb onto|over/access the roof|top/without being stopped/without anyone stopping me]";

export const METHOD_CONCEPTS: ConceptDefs = {
  METHOD_SEEKING: [
    "lethal|fatal|deadly|deadliest|deadlier ~2 dose|doses|dosage|amount|amounts|quantity|level|injection|combination|combinations|combo|combos|mix|cocktail|pill|pills|drug|drugs|medication|medications|overdose",
    "how ~2 many|much ~5 $DRUGS ~4 $LETHAL",
    `many|much ~5 $DRUGS ~6 ${HARM_END}`,
    "many|much ~5 $DRUGS ~5 stop|stops|stopping ~3 heart|heartbeat|heartbeats|breathing",
    `many|much ~5 $DRUGS ~3 [is/are/counts as/would be/would count as] ~1 [an overdose/a fatal/a lethal/a deadly/toxic/fatal/lethal/deadly/a fatal dose/a lethal dose/too much to survive]`,
    "what|which ~2 [dose/amount/quantity] ~4 $LETHAL",
    "what|which ~3 $DRUGS ~4 [deadly/lethal/fatal/deadliest/the deadliest/most lethal/the most lethal/most deadly/the most deadly/most toxic in overdose]",
    "$DRUGS ~3 [deadly|lethal|fatal] ~1 [together/combined/mixed/with alcohol]",
    "[painless|quick|quickest|fastest|easiest|easy|best|surest|effective|peaceful|reliable|simplest|gentlest/least painful/most effective/most painless/most reliable/pain free/most peaceful] ~2 way|ways|method|methods ~2 [to die/to kill myself/to kill yourself/of killing myself/of dying/to commit suicide/to unalive myself/to unalive yourself/of suicide/to end it all/to kms/to end my life/to end your life/to end a life/to end it]",
    "[painless/peaceful/gentle/gentlest/least painful/most painless/pain free/most peaceful] ~2 way|ways|method|methods ~3 [to go/to pass/to sleep forever/to fall asleep forever/to go to sleep forever/out/to drift off forever]",
    "way|ways|method|methods ~1 to ~1 [die/kill myself/kill yourself/end my life/commit suicide/end it all]",
    "how ~2 [to kill myself/do i kill myself/can i kill myself/to end my life/to commit suicide/to hang myself/to hang yourself/to unalive myself/do people kill themselves/to tie a noose/to make a noose/to kill yourself/to end it all/would i kill myself/could i kill myself/should i kill myself/to bleed out/to drown myself/to die]",
    "how ~3 [people/someone/a person/one/most people/they/you/i] ~2 usually|normally|typically|actually|commonly? ~1 [kill themselves/kill $SELF/kill yourself/end their lives/end their life/end your life/commit suicide/take their own lives|life/unalive themselves|yourself]",
    "how ~1 long ~4 [to die/before you die/before i die/until death/to bleed out/to suffocate/until you die/to drown/to lose consciousness/to pass out]",
    "[method/methods] ~2 [of suicide/to kill/to die/of killing/to commit suicide/to end my life/to kill myself]",
    "suicide ~1 methods|method",
    "how ~2 high|far ~4 fall|jump|drop ~4 $LETHAL",
    "what ~1 height ~4 fatal|kill|die|survive|dead",
    `what|which ~3 $DRUGS|ones|one|kind|kinds|type|types ~6 ${HARM_END}`,
    `$HIGHEST ~2 $PLACE|park|parks|garage ~4 ${ACCESS}`,
    "$HIGHEST ~2 $PLACE ~4 [near me/nearby/around here/in my area/close to me/to jump/jump off/jump from/near here]",
    "$PLACE ~4 [high enough/tall enough/to jump off/to jump from]",
    "# ~3 $DRUGS ~4 [kill me/die/fatal/lethal/deadly/enough to die/enough to kill/kill someone]",
    "$DRUGS ~4 [kill me/enough to die/enough to kill me/be fatal/be lethal]",
    "where|how ~3 buy|get|find|obtain|order ~3 [nembutal|pentobarbital|cyanide|barbiturates/exit bag/suicide kit]",
    "is ~3 [hanging|drowning|overdosing|jumping|suffocation|slitting/bleeding out/carbon monoxide/an overdose] ~3 painful|painless|quick|peaceful|fast|reliable|effective|lethal|fatal",
    "what happens ~3 if ~3 take|took|swallow|swallowed|drink|drank ~3 [the whole bottle/all my pills/all the pills/the whole packet/all of them]",
    "[way|ways|how|best|where] ~3 to ~1 [slit|slash|cut] ~2 [wrists|wrist|throat|veins|vein|artery|arteries]",
    "how ~1 deep ~3 [cut/to cut/slit/to slit]",
    "[best|quickest|easiest|surest|fastest|painless/most effective/least painful] ~2 way|ways ~2 to ~1 [hang|drown|suffocate|poison|shoot|gas|overdose|od|bleed]",
    "$COMPARE ~1 $QUALITY ,? ~2 $METHOD ~2 or ~2 $METHOD",
    "quicker|quickest|surer|deadlier|worse|better ,? ~2 $METHOD ~2 or ~2 $METHOD",
    "$METHOD ~2 or ~2 $METHOD ,? ~3 $COMPARE ~1 $QUALITY",
    "[die/dead/survive/survivable/fatal/instant/instantly/straight away/immediately] ~4 if ~3 [jump|jumped|jumping|hang|hanged|hung|step|stepped|throw|threw|lie|lay|fall|fell] ~4 [off/from/in front/under/on the tracks/yourself/myself/themselves/someone]",
    "if ~3 jump|jumped|jumps|step|stepped|steps|throw|threw|lie|lay|lies ~1 in|off|from|under|onto|on|into ~3 train|trains|bridge|building|roof|cliff|lorry|bus|park|balcony|tower|motorway|overpass|tracks|railway|carpark|multistorey",
    "[jump|jumping|fall|falling|step|stepping] ~2 [in front of/off/from/under] ~4 [train/trains/bridge/building/roof/cliff/lorry/bus/car park/balcony/tower] ~5 [die|kill|survive|survivable|fatal|instant|instantly|dead]",
    "survive|die ~4 jumping|jump|falling|fall|hit ~4 off|from|front|under|by ~3 $PLACE|train|trains|floors|floor|storeys|storey|stories|metres|meters|feet|ft|lorry",
    "survive|die ~3 hanging",
    "how ~2 [many|much] ~2 of? ~1 my ~3 $DRUGS ~3 [would it take/would i need/do i need/would do it/would be enough/is enough/to take]",
    // The drug left unsaid ("how many would kill me", "how many to not wake up").
    "how ~2 many|much ~6 [would kill me/will kill me/to kill me/kill me/would kill someone/to not wake up/to never wake up/so i do not wake up/so i dont wake up/so i never wake up/until i do not wake up/to die/to be dead/to end it/to end it all/to finish me|myself off]",
  ],
  // Only a method question beside distress, suicide talk or fiction (§3.2: the bridges example).
  METHOD_SEEKING_IF_CONTEXT: [
    "[quickest/painless/easiest/fastest/surest/least painful/most painless/simplest] ~2 way|ways|method|methods",
    "[best/quickest/easiest/fastest/surest] ~2 way ~2 [to go/out/to do it/to end it]",
    "$PLACE|park|parks ~3 [is|are] ~1 the? ~1 $HIGHEST",
    "which|what ~2 $PLACE|park|parks|storey ~4 $HIGHEST|high|tall|drop",
    "$HIGHEST ~2 [$PLACE/car park/car parks/multi storey/parking garage|structure/railway bridge/motorway bridge/tower block]",
    "[high|tall] ~1 [bridge/bridges/building/buildings/car park/car parks/cliff/cliffs/tower/towers/roof/roofs] ~3 [near|in|around|close|nearby]",
    "which|what ~4 $PLACE|park|parks|storey|garage|garages|hotel|hotels ~5 roof|roofs|rooftop|rooftops|barriers|barrier|fence|railings|railing|top",
    "which|what ~4 $PLACE|park|parks|storey|garage|garages|hotel|hotels ~4 no|low|without|unlocked|open ~1 barriers|barrier|fence|fences|railings|railing|walls|roof|roofs|access",
    "how ~3 [get/get up/climb|go] ~2 [onto|on|to|up] ~2 the ~1 [roof/top of/rooftop]",
    "what|which|when|how ~3 time|times|timetable|schedule|often|fast ~5 train|trains ~6 [without stopping/do not stop/does not stop/dont stop/doesnt stop/non stop/pass through/go through/go past/passes/come through/comes through/at full speed/at speed]",
    "train|trains ~4 [do not stop/does not stop/dont stop/doesnt stop/without stopping/non stop/pass through/at full speed]",
    "can ~2 [you/i/someone/a person/people] ~1 [overdose/od] ~1 on",
    "how ~2 many|much ~2 [would it take/does it take/it would take/it takes/will it take/would you need/would i need/do i need/would he need/would she need/would they need/would someone need/would a person need/to take/is too many|much/would be too many|much]",
    // A public-health figure: information on its own, lethality probing beside distress or crisis talk.
    "how ~1 many ~2 [people|patients|adults|teens|teenagers|kids|men|women|children] ~3 [die|died|dies|survive|survived|killed] ~3 [from|of|after|by] ~3 [overdose|overdoses|overdosing|$DRUGS|jumping|hanging]",
    "what|which ~2 $DRUGS ~3 [would they take/would you take/would i take/should i take/should they take/would work best/work best/would do it/to take]",
    "can ~2 [you/i/someone/a person/people] ~1 die ~2 from ~3 [taking/pills/too many/overdose/overdosing/$DRUGS]",
    "what happens ~3 if ~3 take|took|swallow|drink ~4 [# ~1 $DRUGS/too many/a lot of/loads of/lots of]",
    "[would/will/could/can/does/do] ~5 [kill you/kill someone/kill a person/be fatal/be lethal/be deadly]",
    "where|how ~3 buy|get|find|obtain|order ~3 [a gun/a shotgun/a rifle/a firearm/bullets/ammo/rope/a rope/helium/charcoal/a hose|hosepipe/pills/a lot of pills/sleeping pills/sleeping tablets/strong painkillers/opioids|fentanyl/rat poison/weed killer/weedkiller/antifreeze/razor blades/blades/a knife/a ligature]",
    "how ~2 many|much ~4 $DRUGS ~3 [dangerous|toxic|safe|od|overdose/too much/to overdose]",
    "how ~2 many|much ~5 $DRUGS ~4 [does it take/would it take/it would take/it takes/would i need/would you need/do you need/would she need/would he need/would they need/to take/would do it/to do it/to damage/to destroy/be enough/is enough]",
    "[would/will/is/are/could] ~1 # ~3 $DRUGS ~2 [be enough/enough/do it/do the job]",
    "what|which ~2 [dose/amount] ~4 od|overdose|toxic|dangerous",
    "toxic ~1 dose|amount|level",
    "which|what ~3 $DRUGS|ones|one|kind|kinds|type|types ~3 [work fastest/works fastest/act fastest/acts fastest/work quickest/work the fastest/are fastest/are quickest/kill fastest/are the strongest/are strongest/most dangerous/are most dangerous/most toxic/are most toxic/hit hardest]",
    "$DRUGS ~4 [most dangerous/most toxic/deadliest/most lethal/the most dangerous/the most toxic]",
    "[$DRUGS/alcohol] ~3 [mix|mixed|mixing|combine|combined|combining|together|with] ~4 [deadly|lethal|fatal|kill|kills]",
    "how ~2 many|much ~2 [will do it/would do it/to make sure/to be sure/to be certain]",
  ],
  // Safe-use dosing ("how many ibuprofen can I take for a headache"): not a method question.
  SAFE_USE: [
    "[work|works|act|acts|kick|kicks|best] ~2 [fastest|quickest|best|in|faster|quicker] ~2 for ~3 [headache|headaches|migraine|migraines|pain|period|toothache|back|fever|temperature|cold|flu|cramps|arthritis|hangover|sleep|anxiety|hayfever|allergies|cough|sore|swelling]",
    "how ~2 many|much ~8 [can i|you|he|she|they|we ~1 take|give|have/should i|you|he|she|they|we ~1 take|give|have/is safe|ok|okay/a day/per day/in a day/in 24 hours/each day/every day/at once/at a time/every # hours/with food/for my|a|the|his|her ~2 headache|pain|back|fever|temperature|cold|flu|period|toothache|migraine|cough|arthritis|infection|hangover|cramps|knee|tooth]",
  ],
  // "how many days does it take to work", "how much does it cost": time or money, not a lethal amount.
  NOT_LETHAL_AMOUNT: [
    "how ~1 many|much ~1 [days|weeks|months|hours|minutes|years|nights|time|sessions|appointments|money|cash|notice|rent]",
    "how ~1 many|much ~6 [to kick in/to start working/to take effect/before it works|helps/till it works|helps/until it works|helps/does it cost/would it cost/will it cost]",
    "how ~1 much ~4 [to get a/to get an/to get seen/to get referred/to see a/to see the/to book/to fix/to pay/to afford/to buy/to rent/to hire/to repair]",
  ],
  // "which sleeping pills so I don't wake up at 3am": sleeping through, not dying.
  NOT_LETHAL_SLEEP: [
    "[not wake up/do not wake up/never wake up/stay asleep/sleep through] ~2 [at|in|during|till|until|before|early|every|through/so early/all night/in the night/at night]",
  ],
  // A number of pills "enough": method-seeking when the number is large (see rules).
  DOSE_ENOUGH: [
    "[would/will/is/are/could] ~1 # ~3 $DRUGS ~2 [be enough/enough/do it/do the job/kill]",
    "# ~3 $DRUGS ~3 [be enough/enough/do it/do the job]",
    "[die|dead|kill|fatal|lethal|deadly|survive|survivable] ~5 [from|with|after|on] ~3 # ~3 $DRUGS",
  ],
  // Suicide named in any framing: context that turns an indirect question into method-seeking.
  SUICIDE_MENTION: [
    "suicide|suicidal|unalive|unaliving|sewerslide|kms|ctb",
    "kill|killing|killed|kills ~1 $SELF|yourself",
    "end|ending|ends|take|taking|takes ~1 $POSS|your|a ~1 own? ~1 life|lives",
    "[wants|wanted|want|wanting|wanna] ~2 to ~1 [die/be dead/end it]",
    "[overdose|overdoses|overdosing|od] ~3 [on purpose/deliberately/to die/intentionally]",
  ],
  // A story, a scene, a character or role-play: what is said inside it is not the patient's own.
  FICTION: [
    "[writing/write/wrote/working on/drafting] ~3 [a story/a novel/a book/a scene/a script/a screenplay/a play/fanfic/fan fiction/a fanfic/a short story/a thriller/a crime novel|story/a murder mystery/a mystery/a chapter/a poem/a comic/a game]",
    "for ~1 [a|my|the|our] ~2 [story|novel|book|screenplay|script|play|film|movie|fanfic|game|character|campaign|comic|thriller|podcast|series|manuscript]",
    "in ~1 [my|the|a|this|our] ~2 [story|novel|book|script|screenplay|game|film|movie|fanfic|play|campaign|comic|thriller|series|manuscript]",
    "[my|the|a|our|main] ~1 [character|characters|protagonist|heroine|hero|villain|narrator|antagonist|npc]",
    "[film|movie|show|series|book|novel|play|documentary|episode|song|story|game|anime|manga|comic] ~3 [about/where/in which/called/with]",
    "[act as/acting as/pretend to be/pretend you are/pretend you're/pretend your/pretending to be/roleplay/role play/roleplaying/role playing/play the role/play the part/you are now/you're now/imagine you are/imagine you're/speak as/talk as|like]",
    "[my late/my dead/my deceased/my departed/my passed] ~1 [grandma|gran|granny|nan|nana|grandmother|grandad|grandpa|grandfather|mum|mom|dad|father|mother|aunt|uncle]",
  ],
};
