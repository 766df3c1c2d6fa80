import { describe, expect, test } from "vitest";
import type { EmergencyContacts } from "../../../safety/types.ts";
import { SCOPE_CATEGORIES } from "../../../safety/types.ts";
import { composeScopeDecline } from "../../../safety/wording/en/scope.ts";

const US: EmergencyContacts = {
  region: "US",
  emergencyNumber: "911",
  crisisLines: [{ label: "988 Suicide & Crisis Lifeline", contact: "call or text 988" }],
  poisonLine: "1-800-222-1222",
};
const GB: EmergencyContacts = {
  region: "GB",
  emergencyNumber: "999",
  crisisLines: [],
  urgentAdviceLine: "NHS 111",
};

describe("scope decline wording", () => {
  test.each(SCOPE_CATEGORIES)("gives a non-empty plain decline for %s", (category) => {
    const text = composeScopeDecline({ category, contacts: US });
    expect(text.length).toBeGreaterThan(40);
    expect(text).not.toMatch(/\{|\}|undefined/);
  });

  test("says careline can't diagnose and points to the care team and the emergency number", () => {
    const text = composeScopeDecline({ category: "diagnosis", contacts: GB });
    expect(text).toContain("can't diagnose");
    expect(text).toContain("your care team or NHS 111");
    expect(text).toContain("999");
    expect(text).toMatch(/I can explain/);
  });

  test("sends dosing questions to a pharmacist and warns against changing a medicine alone", () => {
    const text = composeScopeDecline({ category: "dosing", contacts: US });
    expect(text).toContain("pharmacist");
    expect(text).toContain("don't stop or change a medicine without talking to them");
    expect(text).toContain("1-800-222-1222");
  });

  test("falls back to the care team when there is no poison line", () => {
    expect(composeScopeDecline({ category: "dosing", contacts: GB })).toContain(
      "call your care team or NHS 111 now",
    );
  });

  test("says careline can't prescribe", () => {
    expect(composeScopeDecline({ category: "prescription", contacts: US })).toContain(
      "can't prescribe",
    );
  });

  test("redirects non-health requests to health questions", () => {
    expect(composeScopeDecline({ category: "non_health", contacts: US })).toMatch(
      /^I can only help with health questions/,
    );
  });
});
