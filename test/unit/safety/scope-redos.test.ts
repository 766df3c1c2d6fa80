import { expect, test } from "vitest";
import { classifyScope } from "../../../safety/scope/index.ts";

// Adversarial 4,000-character inputs aimed at the bounded gaps and the negation scan.
const MAX = 4000;
const adversarial = [
  { id: "repeated modal", input: "can I ".repeat(MAX / 6) },
  { id: "repeated how much", input: "how much of my ".repeat(MAX / 15) },
  { id: "negated diagnose", input: "not diagnose me ".repeat(MAX / 16) },
  { id: "repeated subject", input: "do my son my son ".repeat(MAX / 17) },
  { id: "letters", input: "a".repeat(MAX) },
] as const;

test.each(adversarial)("finishes on a 4,000-char $id", ({ input }) => {
  expect(input.length).toBeGreaterThan(MAX * 0.9);
  expect(classifyScope(input).category).toBeNull();
});
