import { expect, test } from "vitest";
import { redactPhi } from "../../../safety/phi/index.ts";

// Adversarial 4,000-character inputs aimed at the digit runs, name tokens and street patterns.
const MAX = 4000;
const adversarial = [
  { id: "digits and slashes", input: "1/".repeat(MAX / 2), count: 0 },
  { id: "spaced digit run, read as phone numbers", input: "1 ".repeat(MAX / 2), count: 166 },
  { id: "capitalised words", input: "Abc ".repeat(MAX / 4), count: 0 },
  { id: "street-like words", input: `1 ${"Oak ".repeat(MAX / 4)}`, count: 0 },
  { id: "almost an email", input: `${"a.".repeat(MAX / 2)}@`, count: 0 },
  { id: "colons and hex", input: "a:".repeat(MAX / 2), count: 0 },
  { id: "cue words", input: "my name is ".repeat(MAX / 11), count: 0 },
] as const;

test.each(adversarial)("finishes on a 4,000-char $id", ({ input, count }) => {
  expect(input.length).toBeGreaterThan(MAX * 0.9);
  expect(redactPhi(input).entities).toHaveLength(count);
});
