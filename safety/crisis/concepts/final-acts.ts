// Final arrangements around preparation (clinical-safety.md §3.4 Q6): means kept secret or hidden, and a
// time set for "it". Each is ambiguous alone (a surprise present, a party tonight); they count beside a
// preparatory act, a goodbye or crisis talk.
import type { ConceptDefs } from "../../text/patterns.ts";

export const FINAL_ACT_CONCEPTS: ConceptDefs = {
  // "nobody knows", "keeping it secret", "hid it under my bed".
  SECRECY: [
    "[keeping|keep|kept|keeps] ~2 [it|them|this] ~1 [secret/a secret/hidden/quiet/to myself/from everyone|everybody|anyone]",
    "[no one/nobody/noone/no body] ~1 [knows/knew/know/will know/has to know|noticed]",
    "[not told/not tell/not telling/never told/without telling] ~2 [anyone/anybody/a soul/my family|parents|mum|mom|dad|partner|wife|husband]",
    "[hid|hidden|hiding|hide|stashed|stash] ~2 [it|them] ~3 [under|in|behind|where|so|from|away]",
  ],
  // Means put out of sight: "hidden the rope in my wardrobe".
  MEANS_HIDDEN: [
    "[hid|hidden|hiding|hide|stashed|stashing|stash|keeping|keep|kept] ~3 [the|a|my|his|her|some] ~1 $MEANS ~4 [under|in|behind|where|from|away|secret|hidden]",
  ],
  // A time set for "it": "it'll be tonight", "tonight's the night", "doing it after my exams".
  WHEN_SET: [
    "[it will be/it is/it is going to be/it is happening/it happens/it will happen/happening/doing it/do it/going to be/will be/is going to be] [tonight/tomorrow/this weekend/this week/on|after|before ~1 monday|tuesday|wednesday|thursday|friday|saturday|sunday/after ~2 exams|exam|birthday|christmas|weekend|funeral|wedding/when ~2 everyone|everybody|they|mum|mom|dad ~2 asleep|out|away|gone]",
    "[tonight/tomorrow/this weekend/sunday|saturday|friday] ~2 [is the night/is the day/is when/is it/the night/the day]",
    "[for|on|until|till|til] ~1 [this weekend/tonight/after my exams/after the exams|weekend|holidays|funeral]",
  ],
};
