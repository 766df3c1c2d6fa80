// Passive ideation in indirect words and method thoughts with denied intent (clinical-safety.md §3.4
// C-SSRS Q1–Q3, §3.5 MH-1/MH-2): urgent, never lowered to distress by "I wouldn't act on it". Third-person
// reports count the same. Everyday sayings that share the words must not fire.
import { describe, expect, test } from "vitest";
import { crisis, rank, triage, turnsOf } from "./crisis-scenarios.ts";

const PASSIVE: string[] = [
  "what's the point in carrying on",
  "whats even the point of carrying on like this",
  "whats the point of even carrying on anymore",
  "honestly whats the point in living",
  "no point going on",
  "why bother waking up",
  "I wish I could just disappear",
  "sometimes i wish i could just vanish",
  "i wish i didnt exist",
  "sometimes I wish I could go to sleep and not wake up",
  "i wish i didn't have to wake up tomorrow",
  "I hope I don't wake up tomorrow",
  "i keep wishing i'd never been born",
  "my mum says she would be happier dead",
  "my grandad keeps saying he'd be better off dead",
  "he told me he'd be better off not existing",
  "everyone would be better off if I wasn't around",
  "everyone would be happier if i was gone",
  "i keep thinking everyone would be fine without me",
  "it'd be easier for everyone if I just died",
  "it would be easier if i just wasnt here",
  "if i died tomorrow it wouldnt matter",
  "if i disappeared nobody would notice",
  "I can't do this anymore",
  "i cant do this any more i'm done",
  "i cant do this no more",
  "i can't keep going anymore",
  "I'm so tired of living",
  "i'm so tired of being alive tbh",
  "my dad says he has had enough of life",
  "i'm done with life",
  "I just want it all to stop",
  "i want everything to stop",
  "my son told me he doesn't want to be alive anymore",
  "my gf says she doesnt want to be alive",
  "my son said he wishes he could disappear forever",
  "id rather be dead",
  "i'd rather not be alive",
  "honestly i dont care if i die",
  "i dont care if i live or die anymore",
  "i wouldn't mind if i didn't wake up",
  "sometimes i think about not being here",
  "i think about dying all the time",
  "life isnt worth it anymore",
  "there's no reason for me to keep going",
  "i want to end it",
  "lowkey wanna unalive",
  "i wanna kms",
  "ngl i just want to top myself",
  "ive been feeling like a burden and they'd be better off without me",
];

const METHOD_THOUGHTS: string[] = [
  "I've been thinking about stepping in front of a train",
  "i keep picturing crashing my car into a wall",
  "sometimes when I drive I think about just swerving into oncoming traffic",
  "i've thought about driving my car into a tree",
  "i keep imagining jumping off the multi storey",
  "sometimes i think about walking into the sea",
  "my brother told me he's been thinking about hanging himself",
  "my husband admitted he's been thinking about shooting himself",
  "I've thought about taking all my pills but I wouldn't act on it",
  "i've thought about taking an overdose but i'd never go through with it",
  "i have thought about overdosing but i wont",
  "i know which pills i would use but i wouldnt do it",
  "i know exactly which bridge i would use but im not going to do anything",
  "i thought about how i'd do it, pills probably, but i'd never actually go through with it",
  "I've been reading about ways to end it online",
  "I've been looking up how many pills it would take, but I'm not going to do anything",
  "ive been looking up how many tablets it takes to overdose but i wouldnt",
  "i've wondered how many of my antidepressants it would take",
  "i want to die and i've thought about how i would do it",
  "I want to die || I know how I would do it",
];

const LOOK_ALIKES: string[] = [
  "I can't take this itching anymore, what cream should I use",
  "i can't do this homework it's so hard",
  "I can't do this job anymore, I need a new one",
  "I want to end it with my boyfriend but I'm scared",
  "I've decided to end things with him after the holidays",
  "I'm so done with this cold",
  "I'm done with this diet",
  "we'd all be better off with a bigger house",
  "my mum would be better off in a care home",
  "I wish I could disappear for a week to a beach",
  "what's the point of taking statins if my cholesterol is normal",
  "what's the point in carrying on with physio if it doesn't help",
  "i dont wanna wake up early tomorrow lol",
  "I'd rather die than go to that party lol",
  "I'm so tired of this cold",
  "I just want this headache to stop",
  "I'm dying to see the new film",
  "this heat is killing me",
  "i could kill for a pizza rn",
  "I'm going to kill my brother if he eats my chocolate again",
  "I don't want to die from this infection, is it serious?",
  "I keep thinking about my driving test",
  "i've been thinking about the best way to lose weight",
  "I need to cut down on sugar",
];

describe("passive ideation in indirect words → ideation (urgent)", () => {
  test.each(PASSIVE)("%s", (text) => {
    const turns = turnsOf(text);
    expect(crisis(...turns).tier).toBe("ideation");
    expect(triage(...turns)).not.toBe("info");
    expect(triage(...turns)).not.toBe("routine");
  });
});

describe("method thoughts, intent denied or not → method (urgent, never lowered)", () => {
  test.each(METHOD_THOUGHTS)("%s", (text) => {
    const result = crisis(...turnsOf(text));
    expect(result.tier).toBe("method");
    expect(result.reasons.map((r) => r.ruleId)).toContain("input.crisis.method_thoughts");
  });
});

describe("ideation look-alikes", () => {
  test.each(LOOK_ALIKES)("%s", (text) => {
    expect(rank(crisis(text).tier)).toBeLessThan(rank("ideation"));
  });
});
