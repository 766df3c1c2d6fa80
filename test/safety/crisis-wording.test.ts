// Crisis wording follows safe-messaging practice (clinical-safety.md §3.1, §3.3): crisis lines in every
// reply, the emergency instruction first for intent and imminent risk, a direct question at lower tiers,
// honesty that it's an AI, no secrecy promises, and never any method detail.
import { describe, expect, test } from "vitest";
import { findSelfHarmMethodContent } from "../../safety/crisis/index.ts";
import { CRISIS_TIERS, type EmergencyContacts } from "../../safety/types.ts";
import { composeCrisisReply } from "../../safety/wording/en/crisis.ts";

const LOCALES: EmergencyContacts[] = [
  {
    region: "US",
    emergencyNumber: "911",
    crisisLines: [
      { label: "988 Suicide & Crisis Lifeline", contact: "call or text 988" },
      { label: "Crisis Text Line", contact: "text HOME to 741741" },
    ],
  },
  {
    region: "GB",
    emergencyNumber: "999",
    crisisLines: [
      { label: "Samaritans", contact: "call 116 123" },
      { label: "NHS 111", contact: "call 111, option 2" },
    ],
  },
];

const CASES = LOCALES.flatMap((contacts) =>
  CRISIS_TIERS.flatMap((tier) =>
    [false, true].map((methodSeeking) => ({
      id: `${tier}${methodSeeking ? " + method-seeking" : ""} (${contacts.region})`,
      tier,
      methodSeeking,
      contacts,
    })),
  ),
);

describe("crisis replies", () => {
  test.each(CASES)("always carries the crisis lines: $id", ({ tier, methodSeeking, contacts }) => {
    const reply = composeCrisisReply({ tier, methodSeeking, contacts });
    for (const line of contacts.crisisLines) {
      expect(reply).toContain(line.label);
      expect(reply).toContain(line.contact);
    }
    expect(reply).toContain("AI");
    expect(reply).toContain("care team");
    expect(reply).toContain("I'm still here");
    expect(reply.toLowerCase()).not.toMatch(/confidential|secret|between us|no one will know/);
    expect(findSelfHarmMethodContent(reply)).toEqual([]);
  });

  test.each(CASES.filter((c) => c.tier === "intent" || c.tier === "imminent"))(
    "puts the emergency instruction first: $id",
    ({ tier, methodSeeking, contacts }) => {
      const reply = composeCrisisReply({ tier, methodSeeking, contacts });
      expect(reply.startsWith(`Please call ${contacts.emergencyNumber} now`)).toBe(true);
      expect(reply).toMatch(/distance between yourself and anything you could use/);
    },
  );

  test.each(CASES.filter((c) => c.tier !== "intent" && c.tier !== "imminent"))(
    "asks directly about safety at lower tiers: $id",
    ({ tier, methodSeeking, contacts }) => {
      const reply = composeCrisisReply({ tier, methodSeeking, contacts });
      expect(reply).toMatch(/\?/);
      expect(reply).toMatch(/suicide|ending your life|harming yourself|safe right now/);
    },
  );

  test("declines a method question kindly before offering support", () => {
    const reply = composeCrisisReply({
      tier: "method",
      methodSeeking: true,
      contacts: LOCALES[0] as EmergencyContacts,
    });
    expect(reply.startsWith("I can't help with that question")).toBe(true);
    expect(reply).toContain("988");
  });

  test("thanks the person for telling", () => {
    for (const tier of ["ideation", "method", "intent", "imminent"] as const) {
      expect(
        composeCrisisReply({
          tier,
          methodSeeking: false,
          contacts: LOCALES[1] as EmergencyContacts,
        }),
      ).toMatch(/Thank you for telling me/);
    }
  });
});
