// Attempts, attempts in progress, means in hand and dangerous places (clinical-safety.md §3.4 Q6, §3.5
// MH-3/MH-4). *_IF_CONTEXT concepts need crisis or distress talk alongside ("I'm on the roof").
import type { ConceptDefs } from "../../text/patterns.ts";

const RAILWAY =
  "[the tracks/the train tracks/the railway/the railway line/the railway tracks/the train line/the line/the level crossing/the platform edge/the edge of the platform/the rails]";

export const ATTEMPT_CONCEPTS: ConceptDefs = {
  ATTEMPT: [
    "[took|taken|swallowed|drank|cut|jumped|hanged|overdosed] ~5 [to kill $SELF/to die/to end it/to end $POSS life/to end it all]",
    "tried|attempted|attempt|attempting|tries|try ~2 to ~2 [kill $SELF/end $POSS life/take $POSS life/take $POSS own life/commit suicide/overdose/hang $SELF/end it all/od/unalive $SELF/drown $SELF/jump off/jump in front/throw $SELF/gas $SELF/poison $SELF/shoot $SELF/suffocate $SELF]",
    "suicide ~1 attempt|attempts",
    "attempted ~1 suicide",
    "tried ~2 [to die/suicide/killing myself]",
    "[took|taken] ~1 an ~1 overdose",
    "[threw|thrown] ~1 $SELF ~2 [off/in front of/from/under]",
    "survived ~3 [a suicide attempt/an overdose/an attempt/jumping/hanging]",
    "[was|been|got] ~2 [sectioned/admitted|hospitalised|hospitalized] ~3 [after|for] ~2 [an overdose/overdosing/an attempt/trying to]",
  ],
  // "my partner overdosed last month": an attempt once crisis or distress talk is alongside.
  ATTEMPT_IF_CONTEXT: [
    "[i/he/she/they/partner/son|daughter|brother|sister|wife|husband|girlfriend|boyfriend|mum|mom|dad] ~2 [overdosed|oded]",
    "[took|taken|swallowed] ~3 [too many/a load of/loads of/lots of/a handful of/a bunch of/all of] ~3 $DRUGS",
  ],
  // "overdosed on netflix" (also an idiom upstream), an accidental overdose: not an attempt.
  NOT_OVERDOSE: [
    "[accidentally/accidental/mistakenly/unintentionally] ~3 [overdosed/took|taken ~1 an ~1 overdose/took|taken ~2 too many|much]",
    "[overdosed/took|taken ~1 an ~1 overdose] ~5 [by accident/by mistake/accidentally/without realising/without realizing/without meaning to]",
    "[overdosed|overdose|overdosing|od|oded] ~1 on ~2 [netflix|tv|telly|chocolate|sugar|sweets|candy|cake|caffeine|coffee|christmas|junk|pizza|carbs|gaming|games|youtube|tiktok|love|sunshine|anime|memes|series|reality]",
  ],
  ATTEMPT_NOW: [
    "just|already|have ~2 took|taken|swallowed|drank|downed ~5 [to kill $SELF/to die/to end it/to end $POSS life/to end it all]",
    "[taken|took|swallowed|downed|necked] ~1 all ~2 $DRUGS",
    "[taken|took|swallowed|downed] ~2 [whole|entire] ~1 [bottle|packet|box|pack|strip|tub]",
    "have|just|already ~2 taken|took|swallowed ~3 [the pills/all my pills/all the pills/all of them/the whole bottle/the whole packet/them all/an overdose/overdose/overdoes/loads of pills]",
    "[taken|took|swallowed] ~2 [all my pills/all my tablets/all my meds/the whole bottle/the whole packet]",
    "taken|took|swallowed|downed|necked|had|emptied ~3 everything|all|whatever|every|lot ~5 cabinet|cupboard|box|kit|find|house|drawer|had|got",
    "slit|slitting|sliced ~2 [my wrist/my wrists/my throat/his wrists/her wrists]",
    "noose ~3 [around my neck/round my neck/is ready/tied/set up]",
    "rope ~3 [around my neck/round my neck/is tied|ready/is up]",
    "gun ~3 [to my head/in my mouth/to his head/to her head]",
  ],
  ATTEMPT_NOW_IF_CONTEXT: [
    "[took|taken|swallowed|had|downed|necked] ~3 [too many/too much/loads of/lots of/a lot of/a handful of/a load of/a bunch of/whole load of/handfuls of/dozens of/a whole lot of/a whole packet of/a whole box of] ~3 $DRUGS",
    "[i/i've/i have/just/already/he/she/they] ~1 overdosed",
    "just|already|have ~2 took|taken|swallowed|had ~2 # ~1 more",
    "[it's too late/its too late/it is too late/already done/it's done/it is done/did my research]",
    "doing ~1 it ~1 [now/right now/tonight]",
    "[about to/going to/gonna] ~1 jump ~2 [now/right now]",
    "cut|cutting|sliced ~3 [too deep/deep/my wrist/my wrists/my arm/my arms]",
    "gun ~3 [in my hand/loaded]",
    "this is ~1 my ~1 last ~1 message",
  ],
  // A number of pills just taken ("swallowed 40 co-codamol"): an attempt when large and beside crisis talk.
  PILLS_TAKEN: ["[took|taken|swallowed|downed|necked|had] ~2 # ~3 $DRUGS"],
  // "I don't want help", "don't call anyone": makes an overdose report an attempt.
  REFUSING_HELP: [
    "[not want/do not want/dont want] ~2 [help/an ambulance/ambulance/to be saved/saving/anyone to call/you to call/to go to hospital/to go to a&e/to be found/to be rescued/any help/a doctor/to be stopped]",
    "[do not call/dont call/do not tell/dont tell/no ambulance/no ambulances] ~2 [anyone/an ambulance/999|911|112|000|111/my family/my mum|mom|dad/the police]",
    "[let me go/leave me alone/let me die/let me sleep/too late to help|save]",
  ],
  // Means in hand or being at the place, clear on their own (§3.4 Q6 "held a gun, went to a roof").
  MEANS_AT_HAND: [
    "sitting|sat|am|in|parked ~3 car ~5 garage ~5 engine ~2 running|on",
    "engine ~2 [running/on] ~6 garage ~4 [shut/closed/locked/down]",
    "[hose|hosepipe|tube|pipe] ~4 [exhaust/the exhaust/exhaust pipe]",
    "[charcoal/barbecue/bbq] ~4 [lit/burning] ~4 [room|car|tent|bedroom|bathroom|inside]",
    "wrong ~1 side ~2 [of the railing/of the railings/of the barrier/of the fence/of the rail/of the bridge/of the parapet]",
    "[climbed|climbing|climb] ~3 [over|onto] ~2 [the railing/the railings/the barrier/the parapet/the fence on the bridge/the edge]",
    `[sitting/sat/standing/stood/lying/laying/lay/lie|kneeling] ~3 on ~1 ${RAILWAY}`,
    `[at/on/by/near] ~1 ${RAILWAY} ~3 [now/right now/tonight|alone]`,
    "[loaded gun/gun loaded/gun is loaded/gun is ready] ~3 [next to me/beside me/in my hand/in my hands/on my lap/in front of me/with me]",
    "[counted out/lined up/emptied out/popped out] ~3 [all|every|the|my|his|her|#] ~3 $DRUGS",
    "$DRUGS ~4 [counted out/lined up/all popped out/popped out of the packets/out of the packets/all out on]",
  ],
  MEANS_AT_HAND_IF_CONTEXT: [
    "am|is|are|sitting|sat|standing|stood|currently|climbed|climbing|up|out ~2 on|at|by|near|over|atop|onto ~5 $HEIGHTS",
    "[top/edge/roof] ~3 car ~1 park|parks",
    "[am|sitting|sat|standing|stood|up|currently] ~2 on|at ~2 top ~1 of ~2 [multi storey/multi story/multistorey/car park/tower block/block of flats/building/bridge/tower/cliff]",
    `am|is|are|sitting|sat|standing|stood|currently ~2 on|at|by|near ~1 ${RAILWAY}`,
    "holding ~2 [the knife/a knife/the gun/a gun/the pills/pills/a blade/the blade/a razor/the rope/a rope/the tablets/scissors/a lighter]",
    "pills|tablets|knife|gun|blade|rope|razor|meds|paracetamol|scissors ~3 [in my hand/in my hands/in front of me/next to me/ready/beside me/with me/on my lap/on the table|bed|desk]",
    "standing|sitting|stood|sat ~3 [on the edge/on the ledge/on the bridge/on the roof/at the edge/on the railing/on the tracks/on a bridge/on a roof]",
    "[on the bridge/on the roof/on the ledge/at the edge] ~3 [now/right now]",
    "[looking down/look down/looked down] ~4 [from|over|off|at] ~2 [the edge/the bridge/the roof/the ledge/the drop/the water|river|road|street|cars|traffic]",
    "[engine running/engine on] ~4 [garage/closed|shut]",
    "[pills/tablets/meds/paracetamol] ~3 [laid out/set out/out on the table|bed|desk]",
  ],
  // Access to means: counts beside suicidal talk (not low mood alone: many homes have a knife).
  MEANS_ACCESS_IF_CONTEXT: [
    "[has/have/got/bought/owns/keeps] ~1 a|the ~1 [gun|rope|knife|blade|razor|noose/shotgun/rifle/lot of pills]",
  ],
  // At a height: "want to jump", "could just let go", "looking down at the water".
  JUMP_URGE: [
    "[looking down/staring down/look down/looking over the edge/staring at the water/staring at the drop/looking at the drop/looking at the water/watching the trains|cars]",
    "want|wanna|going|gonna|about|ready|could|tempted|thinking|urge|might|feel ~3 jump|jumping|step|stepping|let|letting|throw|throwing|fall|lean",
    "[not coming down/not coming back down/not getting down/not going to come down/not coming back/not trust myself/dont trust myself/can not trust myself]",
  ],
  SELF_HARM_INJURY_IF_CONTEXT: [
    "cut|cutting|hurt|burned|burnt ~2 $SELF ~4 [will not stop bleeding/not stop bleeding/bleeding a lot/too deep/deep/badly/stitches/bleeding loads/a lot of blood]",
    "bleeding ~4 [from cutting/from where i cut/after i cut]",
  ],
  // "took my meds this morning": taking medicine as prescribed is not an attempt.
  ROUTINE_MEDS: [
    "took|taken|take ~4 pills|tablets|meds|medication ~3 [this morning/today/as prescribed/on time/as normal/as usual/every day/doctor/gp/prescribed/with food/for my]",
  ],
  RECENT_TIME: [
    "[just now/last night/tonight/today/earlier today/this morning/this evening/right now/an hour ago/hours ago/minutes ago/few minutes ago]",
  ],
};
