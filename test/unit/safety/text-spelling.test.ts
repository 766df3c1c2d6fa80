import { describe, expect, test } from "vitest";
import { createSpellCorrector, editDistance, skeleton } from "../../../safety/text/spelling.ts";
import { tokenize } from "../../../safety/text/tokenize.ts";

const corrector = createSpellCorrector([
  "stroke",
  "seizure",
  "suicidal",
  "numbness",
  "slurred",
  "anaphylaxis",
  "meningitis",
  "pain",
  "heart",
  "vomiting",
  "breath",
  "hypos",
]);

describe("typo correction into the rule vocabulary", () => {
  test.each([
    { typo: "siezure", want: "seizure" },
    { typo: "sucidal", want: "suicidal" },
    { typo: "numbess", want: "numbness" },
    { typo: "slured", want: "slurred" },
    { typo: "anafalaxis", want: "anaphylaxis" },
    { typo: "menigitis", want: "meningitis" },
    { typo: "meningitus", want: "meningitis" },
    { typo: "pian", want: "pain" },
    { typo: "hart", want: "heart" },
    { typo: "vomitting", want: "vomiting" },
    { typo: "breth", want: "breath" },
  ])("maps $typo to $want", ({ typo, want }) => {
    expect(corrector.correct(typo)).toContain(want);
  });

  test.each(["sarah", "xyzzy", "pants", "shake", "hippos"])(
    "leaves %s alone when nothing is close",
    (word) => {
      expect(corrector.correct(word)).toEqual([]);
    },
  );

  test("never corrects short words", () => {
    expect(corrector.correct("pai")).toEqual([]);
  });

  test("protects known English words: the tokenizer marks them as known", () => {
    const { tokens } = tokenize("cheat stoke breath stroak");
    expect(tokens.map((t) => t.known)).toEqual([true, true, true, false]);
  });
});

describe("helpers", () => {
  test("skeleton folds spelling variants together", () => {
    expect(skeleton("anaphylaxis")).toBe(skeleton("anafylaxis"));
    expect(skeleton("haemorrhage")).toBe(skeleton("hemorrhage"));
    expect(skeleton("stroke")).toBe(skeleton("strok"));
  });

  test("edit distance counts a transposition as one edit", () => {
    expect(editDistance("pian", "pain", 2)).toBe(1);
    expect(editDistance("abc", "xyz", 1)).toBe(2);
  });
});
