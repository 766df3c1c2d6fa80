// Lay wording for problems that need a booked GP appointment rather than self-care: witnessed pauses
// in breathing while asleep, inflammatory joint stiffness, ankle swelling in older people, bleeding
// between periods that keeps happening, and treatment that has stopped working (§2.2 L4).
import type { ConceptDefs } from "../../text/patterns.ts";

export const REVIEW_CONCEPTS: ConceptDefs = {
  SLEEP_APNOEA: [
    "[sleep apnoea/sleep apnea/apnoea|apnea|osa]",
    "[stops|stop|stopped|stopping|pauses|pause|paused|holds|hold|held] ~2 [breathing|breathe|breath] ~8 [sleep|asleep|night|snore|snores|snoring|bed]",
    "[snore|snores|snoring|snored|asleep|sleep] ~8 [stops|stop|stopped|stopping|pauses|pause|paused] ~2 [breathing|breathe|breath]",
    "[snore|snores|snoring|asleep|sleep] ~8 [gasp|gasps|gasping|choke|chokes|choking|splutter*]",
  ],
  MORNING_STIFF: [
    "[stiff|stiffness|seized] ~8 [morning|mornings|wake|waking/get up/getting up]",
    "[morning|mornings|wake|waking/get up/getting up] ~8 [stiff|stiffness|seized]",
  ],
  // Stiffness that lasts (30–60 minutes or more) is inflammatory, not wear and tear.
  STIFF_LONG: [
    "[an hour/a hour/hours/half an hour/all morning/until lunch/till lunch/until lunchtime/ages to loosen/ages to get going]",
  ],
  SWOLLEN_SMALL_JOINTS: [
    "[swollen|puffy|swelling|swell|swells|puffed] ~4 [knuckles|knuckle|joints|wrists/finger joints/finger joint/toe joints]",
    "[knuckles|knuckle|joints|wrists/finger joints] ~3 [swollen|puffy|swelling|swell|swells|puffed]",
  ],
  ANKLE_SWELL: [
    "[ankles|ankle|feet|legs] ~4 [swollen|puffy|swelling|swell|swells|swelled|fat|fluid|puffed]",
    "[swollen|puffy|swelling|swelled|puffed] ~3 [ankles|ankle|feet|legs]",
  ],
  INTERMENSTRUAL: [
    "[bleeding|bleed|bleeds|spotting|spot|spots|blood] ~4 between ~2 [periods|period|cycles]",
    "[bleeding|bleed|bleeds|spotting|blood] ~4 after ~1 sex",
  ],
  // It keeps happening: "every month", "for several cycles", "again".
  RECURRING: [
    "[several|few|couple|last|past|two|three|four|#] ~1 [cycles|months|periods]",
    "[every|each] ~1 [month|cycle|period]",
    "[keeps|keep] ~2 [happening|returning/coming back]",
    "again",
  ],
  TREATMENT_FAILING: [
    "[cream|creams|ointment|steroid|steroids|tablets|medication|medicine|meds|antibiotics|treatment|drops|spray|shampoo|gel|pills|emollient|moisturiser|moisturizer] ~4 [stopped working/stopped helping/not working/no longer works/no longer working/no longer helps/not work/not help/not helping/not doing anything/does nothing/doing nothing/no difference/not making ~2 difference/not touching it/not clearing it/wearing off]",
  ],
};
