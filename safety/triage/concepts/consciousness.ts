// Lay wording for consciousness and circulation: cardiac arrest, collapse, can't be woken, fainting
// and drowsiness, in the words of the person who found them (clinical-safety.md §1.3 rows 5, 9, 17).
import type { ConceptDefs } from "../../text/patterns.ts";

export const CONSCIOUSNESS_CONCEPTS: ConceptDefs = {
  UNRESPONSIVE: [
    "unresponsive|unconscious|nonresponsive|unrousable|unarousable|lifeless",
    "non responsive",
    "$THIRD ~3 not [respond*|wake|waking|woken|rous*|breathing/come round/come to]",
    "not wake|rouse|waking ~1 $THIRD|up",
    "not respond*|responding ~2 [to/at all]",
    "passed out ~3 [not wake|responding|rous*/still out]",
    "out cold",
    "not ~2 know|sure ~3 if|whether ~2 breathing",
    "not ~1 [moving or responding/responding or moving/moving or breathing/responding or breathing/breathing or responding/responding to anything/responding to me/responding to us/responsive]",
    "[can not/unable to/not able to] ~2 [wake|rouse|waken/get a response/get any response] ~2 $THIRD|him|her|them",
    "no ~1 response ~2 [from him/from her/from them/at all/when]",
  ],
  // Phrases that look like unresponsiveness but are not: "not responding to antibiotics".
  NOT_UNRESPONSIVE: [
    "i ~2 not ~1 wake ~1 up",
    "hope|hoping|wish|wishing|pray|praying ~3 not ~1 wake",
    "not respond*|responding ~2 to ~2 antibiotics|treatment|medication|meds|medicine|tablets|inhaler|therapy|paracetamol|calpol|ibuprofen|texts|messages|calls|emails|treatments|steroids",
    "not wake|waking|woken ~3 morning|mornings|early|alarm|alarms|school|work|time|weekends",
  ],
  // Someone who can't be woken, breathing or not, in the words of whoever found them. Kept apart from
  // UNRESPONSIVE so "i can't wake her up" is never cancelled by the "I can't wake up" look-alike.
  CANT_WAKE: [
    "unrousable|unrouseable|unwakeable|unwakable|unarousable",
    "[can not/could not/unable to/not able to/struggling to/tried to/trying to] ~1 [get|make] ~1 $THIRD ~1 [to wake/wake/to respond/respond/to come round/to come to/to open]",
    "$THIRD ~6 [will not wake/would not wake/not waking/not woken/not wake up/will not come round/not coming round/not come round]",
    "[can not/could not/unable to/not able to/tried to/trying to] ~1 [wake|rouse|waken] ~1 $THIRD",
    "[shook|shaking|shake|shaken|shouted|shouting|yelled|yelling|pinched|pinching|slapped|splashed] ~6 [not wake/not waking/no response/not respond*/not stir/not budge/still out/out cold/not open]",
    "[breathing|snoring|breathes|breath] ~1 but ~4 [not wake/not waking/not respond*/unresponsive/out cold/not open/not come round/not rous*]",
    "[on the floor/on the ground/on the bathroom floor/on the kitchen floor] ~5 not ~2 [wake|waking|respond|responding|rouse|stir]",
  ],
  // Everyday trouble getting up: school, work, alarms. Not someone who can't be roused.
  WAKE_ROUTINE: [
    "wake|waking|woken|wakes|rouse|up ~3 [for school/for work/for college/for uni/for class/for the bus/for breakfast/in the mornings/every morning/on school days/on time/in time/at weekends/on weekends/after a late night/after a night out]",
    // Only a habit: "the alarm went off" could be a carbon monoxide alarm.
    "[alarm clock/alarm clocks/snooze button/hits snooze/hitting snooze/sleeps like a log/heavy sleeper/deep sleeper/sleeps through anything/sleep through anything/lie in/lie ins]",
  ],
  NOT_BREATHING: [
    "stopped ~1 breathing",
    "not breathing",
    "no pulse|heartbeat",
    "cardiac arrest",
    "not ~2 [feel|find|get|detect|hear] ~3 [a pulse/any pulse/his pulse/her pulse/their pulse/a heartbeat/any heartbeat/his heartbeat/her heartbeat/their heartbeat]",
    "no ~1 [sign|signs] ~2 of ~1 life",
    "[heart|heartbeat] ~2 [has stopped/stopped]",
    "[arrested/in arrest/cardiac arrested]",
    "doing|giving|start|started|starting|do ~1 cpr",
    "cpr",
  ],
  // Checking one's own pulse: the writer is plainly alive.
  PULSE_SELF_CHECK: [
    "[pulse|heartbeat] ~4 [on my wrist/in my wrist/on my neck/my own/my watch/smartwatch/apple watch/fitbit/app/myself]",
  ],
  CPR_TRAINING: [
    "cpr ~2 course|class|training|certification|certificate|refresher|lesson|lessons|qualification",
    "learn|learning|learned|teach|teaching|taught|trained ~2 cpr",
  ],
  COLLAPSED: [
    "collapse|collapsed|collapsing",
    "keeled over",
    "dropped to the floor",
    "fell unconscious",
    "[dropped|fell/went down/hit the floor/hit the ground] ~2 [like a sack/like a stone/like a tree/out of nowhere/and is not/and will not/and isn't/and won't/and has not/and hasn't]",
    "$THIRD ~1 just|suddenly|then|literally? ~1 [went down/dropped/hit the floor/hit the ground/fell down/keeled over]",
    "found ~3 [collapsed/unconscious/unresponsive/slumped/not breathing/on the floor not/on the floor unconscious/lying unconscious]",
    "slumped ~1 over",
  ],
  // "went down with flu", "the swelling went down": not a collapse.
  NOT_COLLAPSED: [
    "[went|gone|go|goes|going] down with|to|for|into|well|stairs|hill|the|a|an|badly|quickly",
    "[fever|temperature|temp|swelling|lump|pressure|sugar|sugars|reading|numbers|count|levels|weight] ~2 [went down/gone down/dropped/has dropped]",
  ],
  FAINTED: [
    "fainted|fainting|syncope|fainty",
    "blacked|passed|passing|blacking out",
    "lost consciousness",
    "[came round/came to/come round/come to/woke up] ~3 [on the floor/after passing out/after fainting]",
  ],
  DROWSY: [
    "hard|difficult|struggl* ~1 to? ~1 wake|rouse|waking",
    "not ~1 stay awake",
    "very|really|extremely|unusually|abnormally|so ~1 drowsy|sleepy|lethargic|floppy|unresponsive",
    "keeps ~1 [falling asleep/passing out/drifting off/nodding off]",
    "lethargic|listless|lifeless|zonked",
    "not wake ~2 properly|fully",
    "[more and more/increasingly/getting more/getting really/getting very/getting so] ~1 drowsy|sleepy|lethargic|listless",
    "[keeps|keep|keeping|kept] ~1 [nodding off/dozing off/drifting off/falling asleep/zoning out/nodding]",
    "[barely|hardly/can barely/can hardly] ~1 [awake/keep his eyes open/keep her eyes open/keep my eyes open/keep eyes open]",
    "[not ~1 keep] ~2 eyes ~1 open",
    "very|really|so|extremely ~1 [dozy/out of it/spaced out/zoned out/vacant]",
  ],
};
