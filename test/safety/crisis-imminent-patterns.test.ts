// Imminent-risk patterns in the many ways people phrase them (clinical-safety.md §3.4 Q6, §3.5 MH-3/MH-4):
// means in hand or set out, being at a place of danger now, final arrangements, slang for suicide, and
// dose questions with the means to hand. Each family has look-alikes that must not fire.
import { describe, expect, test } from "vitest";
import { crisis, rank, triage, turnsOf } from "./crisis-scenarios.ts";

// a. Means held with a thought of using them, or pills set out with no ordinary purpose.
const MEANS_IN_HAND: string[] = [
  "holding a knife rn and thinking bout it",
  "holdin a knife n thinkin bout it",
  "i have a blade in my hand and i keep thinking about it",
  "ive got a gun in my hand and i'm thinking about it",
  "there's a rope in front of me and i keep looking at it",
  "sitting here with a knife and i dont know why",
  "i have a knife in my hand and no reason to",
  "got the razor next to me, tempted to use it",
  "i've got the pills laid out on the table",
  "pills all laid out on my bed",
  "my tablets are set out in rows on the desk",
  "i've tipped out all my sleeping pills",
  "I want to die || i have the pills already",
  "ive got the pills already. i just cant see the point in living",
  "i feel so hopeless, i have all my meds ready",
  "i dont want to be here anymore. im sat here with the knife",
  "i've got my mums tablets in front of me and i'm thinking of taking them all",
];

const MEANS_LOOK_ALIKES: string[] = [
  "I've got the knife in my hand to chop onions and cut my finger",
  "pills laid out in my weekly organiser",
  "i laid out my pills in my dosette box for the week",
  "i counted out my tablets for the week into the pill organiser",
  "i have the pills already, do i take them with food",
  "i have all my pills ready for the holiday",
  "i have a rope in my hand for climbing",
  "the knife is in front of me on the chopping board",
  "im thinking about using a knife to open the parcel",
  "the gp gave me sertraline, i have the pills now",
];

// b. At a place of danger now: alone, or with intent or crisis talk.
const AT_DANGER: string[] = [
  "standing on the bridge right now",
  "im standing on the bridge rn",
  "sitting on the ledge",
  "on the ledge rn",
  "i'm at the edge of the cliff",
  "sitting on the edge of the roof",
  "i'm out on the ledge of my window",
  "im on the railway tracks",
  "im on the roof and im not coming down",
  "im on the bridge and i dont trust myself",
  "i'm on the platform and i'm not getting on the train, i'm going to step in front of one",
  "not getting on the train, I'm going to step in front of one",
  "im on the platform waiting for a fast train to jump in front of",
  "i want to die || i'm on the bridge over the motorway",
  "no one would miss me. im on top of the multi storey",
];

const PLACE_LOOK_ALIKES: string[] = [
  "we crossed the bridge on our walk and now my knee hurts",
  "I'm at the train station waiting for my train, feeling sick",
  "i'm on the platform and feeling dizzy",
  "standing on the bridge taking photos of the sunset",
  "im on the roof fixing the tiles and my back hurts",
  "we walked along the cliff edge and I twisted my ankle",
  "i'm on the ledge of a climbing wall and my arm hurts",
  "the train was late and i missed my appointment",
  "i'm on the bridge",
  "i am on edge right now about my results",
  "i'm at the station and going to step out for a coffee",
];

// c. Final arrangements: goodbyes, things given away, affairs in order, means kept secret, a time set.
const FINAL_ARRANGEMENTS: string[] = [
  "i bought a rope and im keeping it secret",
  "bought a rope and haven't told anyone",
  "i bought some rope and no one knows",
  "i bought a rope and hid it under my bed",
  "bought a rope, nobody knows, it's for this weekend",
  "i feel so empty || ive hidden the rope in my wardrobe",
  "i've sorted everything out and this weekend is when",
  "i've written the letters and it'll be tonight",
  "i've got everything sorted, it will be after my exams",
  "everything's sorted, the letters are written, tonight's the night",
  "i've written letters to everyone for after i'm gone",
  "i've said bye to everyone, they don't know it's the last time",
  "gave my cat to my sister and wrote my letters",
  "wrote a note for whoever finds me",
  "im such a burden. everything is in order now",
  "i've said my goodbyes and i feel nothing anymore",
];

const ARRANGEMENT_LOOK_ALIKES: string[] = [
  "everything is sorted for the party this weekend",
  "it's all sorted for my exams next week",
  "i've said goodbye to my friends at the airport",
  "i said goodbye to my mum at the station, she's going home",
  "wrote letters to my pen pal",
  "bought a rope for the tent this weekend",
  "everything is in order with my insurance",
  "my paperwork is all in order for the appointment",
  "i've written a note for the babysitter",
  "i'm keeping my new puppy a secret from my landlord",
  "i've got the tickets, it'll be tonight, can't wait for the concert",
];

// d. Slang and euphemism: at least ideation; with a time or "going to", intent.
const SLANG_IDEATION: string[] = [
  "thinking about sewerslide",
  "i want to unalive myself",
  "i want to ctb",
  "i just want to end it",
  "i hope i don't wake up",
  "i want to step in front of a train",
  "wanna jump off a building",
  "i want to jump off something high",
];

const SLANG_INTENT: string[] = [
  "gonna sewerslide tonight",
  "i'm going to unalive tonight",
  "kms tonight",
  "i'm gonna kms after my exams",
  "going to ctb this weekend",
  "i'm going to go to sleep and not wake up",
  "i'm going to step in front of a train",
  "i'm going to jump off the multi storey",
  "gonna off myself",
  "i dont want to be here anymore || ending it tonight",
];

const IDIOMS: string[] = [
  "kill me now this meeting is boring",
  "I'll kill myself laughing",
  "dying to see it",
  "this homework is killing me",
  "i'm going to jump in the shower",
  "im going to end it with my boyfriend",
  "i want to step in front of the camera more",
  "I'm going to sleep and not wake up till noon",
];

// e. Dose and lethality questions: method-seeking, imminent when the means are to hand.
const METHOD_WITH_MEANS: string[] = [
  "how many is too many, i've got them all here",
  "i have a box of co-codamol in front of me, how many would it take",
  "i've got the pills laid out, how many would i need",
  "holding the pills, how many would kill me",
  "my tablets are lined up, how many would it take to not wake up",
];

const METHOD_QUESTIONS: string[] = [
  "ive got 40 paracetamol, how many would kill me",
  "how many would i need to take to not wake up",
  "how many pills do i need to never wake up",
  "how many sleeping pills to not wake up",
  "i'm so low || how many tabs will do it",
  "i feel like a burden || how many tablets to make sure",
];

const SAFE_DOSE_QUESTIONS: string[] = [
  "how many ibuprofen can I take for a headache",
  "how many paracetamol can i take in a day",
  "what dose of sertraline should i start on",
  "how many pills are in a pack of paracetamol",
  "how much calpol can i give my 2 year old",
  "how many tablets can i take at once for my back pain",
  "i took 2 paracetamol, how many more can i take today",
  "i've got my pills here, how many do i have to take",
];

function expectImminent(text: string): void {
  const turns = turnsOf(text);
  expect(crisis(...turns).tier).toBe("imminent");
  expect(triage(...turns)).toBe("emergency");
}

function expectBelowIdeation(text: string): void {
  const result = crisis(...turnsOf(text));
  expect(rank(result.tier)).toBeLessThan(rank("ideation"));
  expect(result.methodSeeking).toBe(false);
}

describe("a. means in hand or set out → imminent", () => {
  test.each(MEANS_IN_HAND)("%s", expectImminent);
  test.each(MEANS_LOOK_ALIKES)("look-alike: %s", expectBelowIdeation);
});

describe("b. at a place of danger now → imminent", () => {
  test.each(AT_DANGER)("%s", expectImminent);
  test.each(PLACE_LOOK_ALIKES)("look-alike: %s", expectBelowIdeation);
});

describe("c. final arrangements → intent at least", () => {
  test.each(FINAL_ARRANGEMENTS)("%s", (text) => {
    const turns = turnsOf(text);
    expect(rank(crisis(...turns).tier)).toBeGreaterThanOrEqual(rank("intent"));
    expect(triage(...turns)).toBe("emergency");
  });
  test.each(ARRANGEMENT_LOOK_ALIKES)("look-alike: %s", (text) => {
    expect(rank(crisis(...turnsOf(text)).tier)).toBeLessThan(rank("ideation"));
  });
});

describe("d. slang and euphemisms for suicide", () => {
  test.each(SLANG_IDEATION)("at least ideation: %s", (text) => {
    expect(rank(crisis(...turnsOf(text)).tier)).toBeGreaterThanOrEqual(rank("ideation"));
  });
  test.each(SLANG_INTENT)("intent: %s", (text) => {
    const turns = turnsOf(text);
    expect(rank(crisis(...turns).tier)).toBeGreaterThanOrEqual(rank("intent"));
    expect(triage(...turns)).toBe("emergency");
  });
  test.each(IDIOMS)("idiom: %s", expectBelowIdeation);
});

describe("e. dose questions for harm are method-seeking, never answered", () => {
  test.each(METHOD_WITH_MEANS)("with the means to hand, imminent: %s", (text) => {
    const result = crisis(...turnsOf(text));
    expect(result.methodSeeking).toBe(true);
    expect(result.tier).toBe("imminent");
  });
  test.each(METHOD_QUESTIONS)("%s", (text) => {
    const result = crisis(...turnsOf(text));
    expect(result.methodSeeking).toBe(true);
    expect(rank(result.tier)).toBeGreaterThanOrEqual(rank("method"));
  });
  test.each(SAFE_DOSE_QUESTIONS)("safe use: %s", expectBelowIdeation);
});
