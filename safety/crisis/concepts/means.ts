// Means in hand or set out ready (clinical-safety.md §3.4 Q6 "took pills out, held a gun", §3.5 MH-4).
// Held means are ambiguous alone (a knife for cooking): they count beside a thought of using them, a
// method question or crisis talk. Set-out pills count alone unless an ordinary purpose is named.
import type { ConceptDefs } from "../../text/patterns.ts";

const HELD_AT =
  "[in my hand/in my hands/in hand/in front of me/infront of me/next to me/beside me/on my lap/with me/right here/here with me/on the table/on the bed/on my bed/on the desk/on the floor/ready/all ready/ready to go]";
// "Got them here" is held; "a gun around here" is not.
const HAVE_HERE = HELD_AT.replace("]", "/here/all here]");

export const MEANS_CONCEPTS: ConceptDefs = {
  // Pills set out, a supply ready or "already" got: preparation someone rarely describes idly.
  MEANS_SET_OUT: [
    "$DRUGS ~4 [laid out/layed out/set out/spread out/all out/sorted out/piled up/in a pile|piles/in rows]",
    "[laid out/layed out/set out/spread out/emptied/tipped out/emptied out/piled up] ~3 [all|every|the|my|his|her|#|these|those] ~3 $DRUGS",
    "[have|got|bought|collected|saved] ~3 [enough/all the/all my/all of the|my] ~2 $DRUGS ~3 [i need/i would need/i'd need/to do it/for it/to end it|things]",
  ],
  // "I have the pills already", "got them all here": means to hand, ambiguous without crisis talk.
  MEANS_READY_IF_CONTEXT: [
    "[have|got|bought|collected|with] ~2 [the|my|all|a|his|her|these|those|enough|some] ~2 $MEANS|$DRUGS ~2 already",
    "already ~2 [have|got|bought] ~3 $MEANS|$DRUGS",
    `[have|got|holding|holdin|gripping|clutching|with] ~3 $MEANS|$DRUGS ~2 ${HAVE_HERE}`,
    `[have|got|with] ~2 them|it|everything|all ~1 ${HAVE_HERE}`,
    "[sat|sitting|sittin|sit|here|lying|laying|lay] ~2 with ~3 $MEANS",
    "[holding|holdin|gripping|clutching|hold|held] ~3 $MEANS",
    `$MEANS|$DRUGS ~3 ${HELD_AT}`,
    "[have|got|bought|collected] ~3 [full|whole|entire|two|three|four|five|several|few|#] ~2 [box|boxes|packet|packets|bottle|bottles|pack|packs|tub|tubs|strip|strips] ~1 of ~2 $DRUGS",
  ],
  // "I've counted them out", "lined them all up": counting means the speaker already holds.
  MEANS_COUNTED: [
    "[counted|counting|count/counted up] ~1 [them|em|those|these|it|all|out|up/the lot/every one/each one]",
    "[lined|lining|laid|laying|layed|set|setting|tipped|emptied|popped|spread|sorted] ~1 [them|em|those|these|it|all/the lot] ~2 out|up",
  ],
  // Thinking about using what they hold, or holding it for no reason they can name.
  USE_URGE: [
    "[think|thinking|thinkin|thought|thoughts|considering|wondering|tempted|urge|urges|want|wanna/feel like] ~3 [to|of|about|bout] ~1 [using|use|doing|do] ~2 [it|them|these|those|myself/it all/it now]",
    "[think|thinking|thinkin|thought|thoughts|considering|tempted|urge|urges|want|wanna/feel like] ~3 [to|of|about|bout] ~1 [taking|take|swallowing|swallow|downing] ~2 [them all/all of them/the lot/the whole lot/every one/every single one/all at once]",
    "[keep|keeps/can not stop/cant stop/just|been] ~2 [looking|staring|stareing|thinking|thinkin] ~2 [at|about|bout] ~2 [it|them|knife|pills|rope|gun|blade|tablets|razor]",
    "just ~2 [use it/use them/take them/take them all/take the lot/do it/swallow them/get it over with]",
    "[take|swallow|swallowing|taking|down|neck] ~2 [them all/the lot/all of them/the whole lot]",
    "[no reason/for no reason/do not know why/dont know why/not sure why/no idea why/nothing to do with cooking]",
    "[thinking about it/thinkin bout it/thinking bout it/thinkin about it/thought about it]",
  ],
  // Ordinary purposes for holding a knife, setting out pills or hiding a rope (the look-alikes).
  MEANS_BENIGN: [
    "$MEANS ~6 [to chop|slice|dice|peel|carve|open|prepare|cook|sharpen|whittle/for chopping|cooking|dinner|tea|lunch|breakfast|carving/chopping|cooking|peeling|slicing|carving|dicing/onions|onion|veg|vegetables|carrots|potatoes|bread|meat|chicken|fruit|apple|pumpkin|cheese|cake|parcel|box|package]",
    "[chopping/cooking/peeling/slicing/carving/dicing/making dinner/making tea|lunch|breakfast/opening ~2 parcel|box|package] ~5 $MEANS",
    "$DRUGS ~6 [organiser/organizer/organisers|organizers/dosette/dossette/pill box/pillbox/pill case/blister pack|packs/weekly|daily/for the week/for tomorrow|tonight/for the ~1 morning|day|trip|holiday|holidays|weekend/for my ~1 trip|holiday|holidays/morning and evening|night/with food|breakfast|dinner/as prescribed/to take ~2 with|after|before]",
    "[organiser/organizer/dosette/pill box/pillbox/for the week/weekly] ~6 $DRUGS",
    "[counted|counting|sorted|sorting|put|set|lined|laid] ~4 [into|in|for] ~2 [my|the|a|his|her] ~1 [organiser|organizer|dosette|pillbox|pill|blister|week|weekly|morning|evening|trip|holiday]",
    "[rope|gun|rifle|shotgun|knife|blade|blades] ~6 [for climbing/climbing/for the tent|boat|garden|swing|gym|dog|farm|shop|work|job|kitchen/hunting|shooting|fishing|camping|sailing|range|club|crafts|craft|carpentry|woodwork|diy/tow|towing]",
  ],
};
