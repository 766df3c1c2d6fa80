import { describe, expect, test } from "vitest";
import { readDocument } from "../../../safety/text/document.ts";
import { findConcepts } from "../../../safety/text/findings.ts";
import { compileLexicon } from "../../../safety/text/patterns.ts";

const LEX = compileLexicon("context-test", {
  CHEST: ["chest ~2 pain"],
  FACE: ["face ~3 droop*"],
  ARM: ["arm ~2 weak|numb", "not lift ~2 arm"],
  HEAD: ["headache"],
  STROKE: ["stroke"],
  SEIZURE: ["seizure"],
  BREATHE: ["not breathe"],
  FEVER: ["fever"],
  FLOPPY: ["floppy"],
});

function find(text: string, concept: string) {
  return findConcepts(readDocument(text), LEX).find((f) => f.concept === concept);
}

describe("negation scope", () => {
  test.each([
    {
      id: "a new verb after and starts a new clause",
      input: "he doesn't have a fever and is really floppy",
      concept: "FLOPPY",
      negated: false,
    },
    { id: "no X, just Y", input: "no chest pain, just a cough", concept: "CHEST", negated: true },
    { id: "list after no", input: "no headache or fever", concept: "FEVER", negated: true },
    {
      id: "new clause after and",
      input: "he can't lift his arm and his face is droopy",
      concept: "FACE",
      negated: false,
    },
    { id: "cue inside a finding", input: "he can't lift his arm", concept: "ARM", negated: false },
    {
      id: "can't breathe is a finding",
      input: "I can't breathe",
      concept: "BREATHE",
      negated: false,
    },
    {
      id: "not sure is uncertainty",
      input: "not sure if it's a fever",
      concept: "FEVER",
      negated: false,
    },
    { id: "interjection", input: "no, his face is drooping", concept: "FACE", negated: false },
    {
      id: "contrast ends scope",
      input: "no fever but chest pain",
      concept: "CHEST",
      negated: false,
    },
  ])("$id", ({ input, concept, negated }) => {
    expect(find(input, concept)?.negated).toBe(negated);
  });
});

describe("education and hypothetical frames", () => {
  test.each([
    { input: "what are the signs of a stroke?", concept: "STROKE", hypothetical: true },
    { input: "what should I do if someone has a seizure", concept: "SEIZURE", hypothetical: true },
    { input: "how do you know if a baby has a fever", concept: "FEVER", hypothetical: true },
    {
      input: "What are stroke signs? my dad's face is drooping",
      concept: "FACE",
      hypothetical: false,
    },
    {
      input: "what are the signs of a stroke my dads face is drooping",
      concept: "FACE",
      hypothetical: false,
    },
    {
      input: "how do I know if my baby has a fever of 38.5",
      concept: "FEVER",
      hypothetical: false,
    },
    {
      input: "my son has a fever, what should I do if it gets higher",
      concept: "FEVER",
      hypothetical: false,
    },
  ])("$input", ({ input, concept, hypothetical }) => {
    expect(find(input, concept)?.hypothetical).toBe(hypothetical);
  });
});

describe("time: past events and symptoms that came and went", () => {
  test.each([
    { input: "I had a stroke 3 years ago", concept: "STROKE", longAgo: true },
    { input: "had a seizure as a child", concept: "SEIZURE", longAgo: true },
    { input: "3 years ago, I had a stroke", concept: "STROKE", longAgo: true },
    { input: "earlier today his arm went weak but it's fine now", concept: "ARM", longAgo: false },
    {
      input: "I had a stroke years ago and now my face is drooping",
      concept: "FACE",
      longAgo: false,
    },
  ])("$input", ({ input, concept, longAgo }) => {
    const f = find(input, concept);
    expect(f).toBeDefined();
    expect((f?.daysAgo ?? 0) > 30).toBe(longAgo);
  });
});

describe("idioms are masked", () => {
  test.each([
    "I'm dying to know",
    "I nearly died laughing",
    "scared to death of needles",
    "dead tired after work",
    "my phone died",
    "need to kill time",
  ])("%s leaves no usable tokens for its figure of speech", (input) => {
    const doc = readDocument(input);
    expect(Array.from(doc.masked).some((m) => m === 1)).toBe(true);
  });

  test("'killing me' does not hide the headache", () => {
    expect(find("this headache is killing me", "HEAD")).toBeDefined();
  });
});

describe("past calendar years", () => {
  const thisYear = new Date().getFullYear();
  test.each([
    { input: "I had a stroke in 2016", days: (thisYear - 2016) * 365 },
    { input: "back in 2019 I had a DVT", days: (thisYear - 2019) * 365 },
    { input: `had a seizure in march ${thisYear - 1}`, days: 365 },
  ])("dates '$input'", ({ input, days }) => {
    const doc = readDocument(input);
    expect(Math.max(...doc.daysAgo)).toBe(days);
  });

  test.each([
    "I took 2 tablets in 2 hours",
    `it happened in ${thisYear + 3}`,
    "in 1066 and all that",
  ])("does not date '%s' as a past year", (input) => {
    expect(Math.max(...readDocument(input).daysAgo)).toBeLessThan(400);
  });

  test("'since 2019' is a duration, not a past event", () => {
    const doc = readDocument("I've had headaches since 2019");
    expect(Math.max(...doc.daysAgo)).toBe(0);
    expect(doc.durations.map((d) => d.days)).toEqual([(thisYear - 2019) * 365]);
  });
});

describe("idioms and how-to frames", () => {
  const LEX2 = compileLexicon("idiom-test", {
    DROWN: ["drown*"],
    OD: ["overdosed"],
    COLLAPSE: ["collapsed"],
    FIT: ["fit"],
    BREATHE: ["stopped breathing"],
    EPIPEN: ["use ~2 epipen"],
    STROKE: ["stroke"],
  });
  const finds = (text: string, concept: string) =>
    findConcepts(readDocument(text), LEX2).some(
      (f) => f.concept === concept && !f.hypothetical && !f.negated,
    );

  test.each([
    { input: "I'm drowning in emails at work", concept: "DROWN" },
    { input: "the kids are drowning me in questions", concept: "DROWN" },
    { input: "I overdosed on Netflix this weekend", concept: "OD" },
    { input: "collapsed on the sofa after my shift", concept: "COLLAPSE" },
    { input: "mum will have a fit when she sees this", concept: "FIT" },
    { input: "if my husband ever stopped breathing what should I do", concept: "BREATHE" },
    { input: "how do I use an epipen", concept: "EPIPEN" },
    { input: "what number do I ring if my dad has a stroke", concept: "STROKE" },
  ])("'$input' is not a live $concept", ({ input, concept }) => {
    expect(finds(input, concept)).toBe(false);
  });

  test.each([
    { input: "my son is drowning in the pool", concept: "DROWN" },
    { input: "she overdosed on her tablets", concept: "OD" },
    { input: "he collapsed on the floor", concept: "COLLAPSE" },
    { input: "he stopped breathing, what should I do", concept: "BREATHE" },
    {
      input: "how do I use an epipen? my son is swelling up and used his epipen",
      concept: "EPIPEN",
    },
  ])("'$input' is still a live $concept", ({ input, concept }) => {
    expect(finds(input, concept)).toBe(true);
  });
});
