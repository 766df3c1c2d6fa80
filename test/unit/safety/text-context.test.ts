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
