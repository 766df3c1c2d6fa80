import { describe, expect, test } from "vitest";
import { readDocument } from "../../../safety/text/document.ts";
import { findConcepts } from "../../../safety/text/findings.ts";
import { compileLexicon, compilePattern, expandGroups } from "../../../safety/text/patterns.ts";

const LEX = compileLexicon(
  "test",
  {
    DROOP: ["face ~3 droop*|lopsided"],
    NO_BREATH: ["not ~1 breathe|breath"],
    PINS: ["[pins and needles/tingling] ~2 in ~2 arm"],
    OPTIONAL: ["so very? sore"],
    AGE: ["# ~1 week|weeks ~1 old"],
    COLD: ["a|bad ~1 cold"],
    NOT_COLD: ["cold ~1 hands"],
  },
  {},
  { COLD: ["NOT_COLD"] },
);

function concepts(text: string): string[] {
  return findConcepts(readDocument(text), LEX)
    .filter((f) => !f.negated)
    .map((f) => f.concept);
}

describe("pattern language", () => {
  test("matches alternatives, prefixes and bounded gaps", () => {
    expect(concepts("his face is drooping")).toContain("DROOP");
    expect(concepts("face is all lopsided")).toContain("DROOP");
  });

  test("a gap never skips a negation or a contrast word", () => {
    expect(concepts("his face is not drooping")).not.toContain("DROOP");
    expect(concepts("face fine but droopy eyelid")).not.toContain("DROOP");
  });

  test("matches lemmas and contractions", () => {
    expect(concepts("I cant breath")).toContain("NO_BREATH");
    expect(concepts("she can't breathe")).toContain("NO_BREATH");
  });

  test("expands multi-word groups", () => {
    expect(expandGroups("[a b/c] d")).toEqual(["a b d", "c d"]);
    expect(concepts("pins and needles in my arm")).toContain("PINS");
  });

  test("optional elements and numbers", () => {
    expect(concepts("it is so sore")).toContain("OPTIONAL");
    expect(concepts("it is so very sore")).toContain("OPTIONAL");
    expect(concepts("my 6 week old")).toContain("AGE");
  });

  test("an overlapping suppressor cancels a concept", () => {
    expect(concepts("I have a bad cold")).toContain("COLD");
    expect(concepts("bad cold hands")).not.toContain("COLD");
  });

  test("rejects malformed patterns at load time", () => {
    expect(() => compilePattern("X", "~2 word")).toThrow(/must start/);
    expect(() => compilePattern("X", "a ~2")).toThrow(/must end/);
    expect(() => compilePattern("X", "ab*")).toThrow(/too short/);
    expect(() => compilePattern("X", "$NOPE")).toThrow(/Unknown macro/);
    expect(() => expandGroups("a|[b c]")).toThrow(/stand alone/);
  });
});
