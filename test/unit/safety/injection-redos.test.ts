import { expect, test } from "vitest";
import { findInjection } from "../../../safety/injection/index.ts";

// Adversarial 4,000-character inputs shaped to stress bounded gaps and decoders. Timings are in the
// engineer's report; here we only assert that each finishes with the expected result.
const MAX = 4000;
const adversarial = [
  { id: "repeated role cue", input: "you are ".repeat(MAX / 8), expect: 0 },
  { id: "almost base64", input: `${"A".repeat(MAX - 1)}!`, expect: 0 },
  { id: "hex-like spaced run", input: "ab ".repeat(MAX / 3), expect: 0 },
  { id: "morse-like run", input: ".- ".repeat(MAX / 3), expect: 0 },
  { id: "spaced letters", input: "a ".repeat(MAX / 2), expect: 0 },
  { id: "ignore with no object", input: "ignore the ".repeat(MAX / 11), expect: 0 },
  { id: "newline roles", input: "user: hi\n".repeat(MAX / 9), expect: 0 },
] as const;

test.each(adversarial)("finishes on a 4,000-char $id", ({ input, expect: count }) => {
  expect(input.length).toBeGreaterThan(MAX * 0.9);
  expect(findInjection(input)).toHaveLength(count);
});
