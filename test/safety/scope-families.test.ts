// The request families in scope-cases.ts: each decline lands in its category, and health
// questions careline should answer are never declined.
import { describe, expect, test } from "vitest";
import { classifyScope } from "../../safety/scope/index.ts";
import {
  diagnosisRows,
  dosingRows,
  inScopeRows,
  nonHealthRows,
  prescriptionRows,
} from "./scope-cases.ts";

const declines = [
  ["diagnosis", diagnosisRows],
  ["dosing", dosingRows],
  ["prescription", prescriptionRows],
  ["non_health", nonHealthRows],
] as const;

describe("scope families", () => {
  for (const [category, rows] of declines) {
    test.each(rows)(`declines as ${category}: $id`, ({ input }) => {
      expect(classifyScope(input).category).toBe(category);
    });
  }

  test.each(inScopeRows)("answers the health question: $id", ({ input }) => {
    expect(classifyScope(input)).toEqual({ category: null, reasons: [] });
  });
});
