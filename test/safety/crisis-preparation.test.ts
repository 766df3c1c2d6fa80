// Preparation, means and recent behaviour without any suicide word (clinical-safety.md §3.4 C-SSRS Q6,
// §3.5 MH-3/MH-4): written for careline's own tests, first and third person, slang, typos, no
// punctuation. Ambiguous acts ("bought a rope") need distress alongside; look-alikes must not fire.
import { describe, expect, test } from "vitest";
import { crisis, LEVEL_FOR, rank, severity, triage, turnsOf } from "./crisis-scenarios.ts";

const INTENT: string[] = [
  // Medicine saved up instead of taken.
  "I've been saving up my tablets for a while now",
  "ive been collecting my sleeping pills for weeks",
  "i have a stash of pills hidden in my drawer",
  "my brother has been hoarding his meds, we found a box of them under his bed",
  "been putting my pills to one side instead of taking them, got about 60 now",
  "i have been keeping all my tablets in a box instead of taking them",
  "my mum has been stockpiling her sleeping tablets, we found loads in her handbag",
  "ive got a whole drawer full of paracetamol saved up",
  "my dad stopped taking his heart tablets and has been saving them",
  // Means obtained while low.
  "I feel like nothing matters anymore and I bought a rope on amazon",
  "hes been really down since he lost his job and now hes bought a shotgun",
  "he bought a gun last week and he's been really low",
  "I've been so depressed || I ordered some blades online",
  "got made redundant in march, bought charcoal and a tent yesterday",
  // Goodbyes, things given away, affairs in order.
  "my sister has been so depressed and she's started giving away her jewellery",
  "i feel worthless. ive given my dog to my mate so hes looked after",
  "I gave my cat to my neighbour because I won't be needing to look after her",
  "i've written a letter to each of my kids and I'm so tired of everything",
  "wrote my goodbye notes last night",
  "i wrote goodbye letters to my family",
  "my boyfriend sent me a message saying goodbye and sorry for everything and his phone is off",
  "I made a will, cancelled my subscriptions and wrote to my family, I'm at peace with it",
  "i've put my affairs in order and cancelled my phone contract",
  "I've sorted everything out, my will, my accounts, who gets the dog",
  "i feel like a burden. i've sorted out my affairs",
  // A date after which they won't be here.
  "after Sunday none of this will matter",
  "once my last exam is over I won't be around anymore",
  "once my son's birthday is over I won't be around anymore",
  "by next week it will all be over and no one will have to worry about me",
  "i cant take it anymore, after the funeral i am going to end it",
  // Attempts in the past 3 months (C-SSRS behaviour window), and plans to try again.
  "my girlfriend tried to kill herself 3 weeks ago and she says she'll try again",
  "my partner overdosed last month and says next time she won't fail",
  "I took an overdose six weeks ago",
  "she tried to hang herself last month",
  "2 weeks ago i tried to hang myself",
  "he tried to gas himself in the car last month",
  "my daughter took an overdose in january and keeps saying she'll do it properly next time",
  "I took all my pills three weeks ago and ended up in hospital",
  // Stated intent.
  "i have decided to kill myself after my birthday",
  "I want to die || I've picked the date",
];

const IMMINENT: string[] = [
  "I'm on the roof of my building and I want to jump",
  "im standing on the bridge looking down",
  "standing on the edge of the bridge, everyone would be better off",
  "I'm at the train tracks right now",
  "i'm sat on the railway line",
  "im lying on the train tracks",
  "im on the wrong side of the railings on the bridge",
  "I feel so hopeless || sitting on the edge of the multi storey car park",
  "I'm sitting in my car in the garage with the engine running",
  "im in the car with the engine on and the garage door shut",
  "I'm in my car in the garage and I've left the engine on with the door down, I feel nothing",
  "i have all my pills counted out in front of me",
  "I've got the pills lined up on the table",
  "I've popped all my tablets out of the packets and counted them",
  "the tablets are all lined up on my desk",
  "I'm holding a knife and I really want to use it on myself",
  "i have a knife in my hand and the urge to cut is so strong",
  "ive got a razor in my hand and i need to cut",
  "holding the blade and i really want to hurt myself",
  "I've got the gun loaded next to me",
  "I've just taken everything in the medicine cabinet",
  "I just swallowed everything in the medicine cabinet, I don't want help",
  "took everything in my mums medicine cupboard, i dont want saving",
  "i took a whole load of my mums pills, i dont want an ambulance",
  "i just swallowed 40 co-codamol please dont call anyone",
  "my brother has taken a load of his antidepressants and locked himself in his room",
  "my dad has just taken all his heart tablets",
  "the rope is tied up and ready",
  "i cant cope anymore || ive taken a handful of my sleeping pills",
];

// Ambiguous alone (a rope for climbing, letters to children at camp): preparation beside distress.
const NEEDS_CONTEXT: Array<{ act: string; low: string }> = [
  { act: "I bought a rope yesterday", low: "I've felt so empty for months" },
  {
    act: "i got a rope from the hardware shop and its in my car",
    low: "everything is falling apart",
  },
  { act: "I've ordered some blades online", low: "i hate myself" },
  { act: "I wrote letters to my kids explaining everything", low: "I feel like such a burden" },
  { act: "I've written notes for everyone", low: "im so lonely" },
  { act: "I've been giving away all my stuff to my friends", low: "nobody cares about me" },
  {
    act: "my son gave away his xbox and his favourite hoodie to his mates",
    low: "my son has been really withdrawn lately",
  },
];

const LOOK_ALIKES: string[] = [
  "I'm collecting my prescription from the pharmacy later",
  "I picked up my pills from the chemist",
  "I hide my tablets on a high shelf so the kids can't reach them",
  "I've been taking my tablets every morning",
  "I saved some of my antibiotics from last time, can I take them now",
  "I stocked up on paracetamol for flu season",
  "I bought a rope for rock climbing",
  "i bought a new rope for my boat",
  "my dad has a gun for hunting, is that safe with kids in the house",
  "gave away my old clothes to charity",
  "we're moving house so we rehomed our cat with my aunt",
  "gave my cat to my sister because I'm allergic",
  "I'm giving all my baby clothes to my cousin now my son has grown",
  "I'm updating my will because we just had a baby",
  "I wrote my will after my diagnosis",
  "I wrote thank you cards to my family after the wedding",
  "writing a letter to my landlord about the damp",
  "I've written a letter to my MP about the hospital",
  "after Sunday I'm starting my new job",
  "the parcel won't be here until after Monday",
  "I'm going to do it tomorrow, I promise, I'll book the appointment",
  "I will do it tomorrow",
  "i'm on the roof fixing the gutter",
  "i'm at the station waiting for the train",
  "i'm at the bridge waiting for my friend",
  "I'm sitting on the edge of my bed and my back hurts",
  "my car won't start in the garage",
  "i have a knife in my hand cutting onions and sliced my finger",
  "I took my tablets this morning as usual",
  "i overdosed on netflix this weekend",
  "I overdosed on sugar at the party lol",
  "I took an overdose of vitamins by accident, is that dangerous",
];

describe("preparation and recent behaviour → intent", () => {
  test.each(INTENT)("%s", (text) => {
    const turns = turnsOf(text);
    expect(crisis(...turns).tier).toBe("intent");
    expect(triage(...turns)).toBe("emergency");
  });
});

describe("attempt in progress, means in hand or at a dangerous place → imminent", () => {
  test.each(IMMINENT)("%s", (text) => {
    const turns = turnsOf(text);
    expect(crisis(...turns).tier).toBe("imminent");
    expect(triage(...turns)).toBe("emergency");
  });
});

describe("ambiguous preparatory acts count beside distress", () => {
  test.each(NEEDS_CONTEXT)("alone: $act", ({ act }) => {
    expect(rank(crisis(act).tier)).toBeLessThan(rank("intent"));
  });
  test.each(NEEDS_CONTEXT)("after distress: $act", ({ act, low }) => {
    expect(crisis(low, act).tier).toBe("intent");
    expect(crisis(`${low}. ${act}`).tier).toBe("intent");
  });
});

describe("behaviour more than two days old is recent behaviour, not imminent", () => {
  test.each([
    "I took all my pills three weeks ago and ended up in hospital",
    "i swallowed all my tablets last month",
    "I was standing on the bridge a few weeks ago wanting to jump",
  ])("%s", (text) => {
    const result = crisis(text);
    expect(result.tier).toBe("intent");
    expect(result.reasons[0]?.ruleId).toBe("input.crisis.recent_behaviour");
  });
});

describe("preparation look-alikes", () => {
  test.each(LOOK_ALIKES)("%s", (text) => {
    const result = crisis(text);
    expect(rank(result.tier)).toBeLessThan(rank("ideation"));
    expect(result.methodSeeking).toBe(false);
  });

  test.each(LOOK_ALIKES.filter((t) => !/overdose|knife|sliced/.test(t)))(
    "is not triaged above routine by the crisis track: %s",
    (text) => {
      const tier = crisis(text).tier;
      if (tier) expect(severity(LEVEL_FOR[tier])).toBeLessThanOrEqual(severity("routine"));
    },
  );
});
