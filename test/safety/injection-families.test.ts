// The attack families in injection-cases.ts: every row is flagged, every look-alike is not.
import { describe, expect, test } from "vitest";
import { findInjection } from "../../safety/injection/index.ts";
import { injectionAttacks, injectionLookAlikes } from "./injection-cases.ts";

describe("prompt-injection families", () => {
  for (const [family, rows] of Object.entries(injectionAttacks)) {
    test.each(rows)(`flags ${family}: $id`, ({ input }) => {
      expect(findInjection(input)).not.toEqual([]);
    });
  }

  test.each(injectionLookAlikes)("leaves the look-alike alone: $id", ({ input }) => {
    expect(findInjection(input)).toEqual([]);
  });
});
