import { describe, expect, test } from "vitest";
import { decideEscalation } from "../../safety/escalation/decide.ts";
import { ESCALATION_RULES, type EscalationFacts } from "../../safety/escalation/rules.ts";

const calm: EscalationFacts = {
  level: "info",
  crisisTier: null,
  methodSeeking: false,
  checkFailed: false,
};

// Every rule: one situation that must fire it, and a look-alike that must not.
const scenarios: Array<{
  id: string;
  fires: Partial<EscalationFacts>;
  lookAlike: Partial<EscalationFacts>;
  priority: string;
}> = [
  {
    id: "escalation.crisis_imminent",
    fires: { crisisTier: "imminent" },
    lookAlike: { crisisTier: "method" },
    priority: "immediate",
  },
  {
    id: "escalation.emergency",
    fires: { level: "emergency" },
    lookAlike: { level: "urgent" },
    priority: "immediate",
  },
  {
    id: "escalation.check_failed",
    fires: { checkFailed: true },
    lookAlike: { level: "self_care" },
    priority: "immediate",
  },
  {
    id: "escalation.crisis",
    fires: { crisisTier: "ideation" },
    lookAlike: { crisisTier: "distress" },
    priority: "same_day",
  },
  {
    id: "escalation.urgent",
    fires: { level: "urgent" },
    lookAlike: { level: "routine" },
    priority: "same_day",
  },
  {
    id: "escalation.crisis_distress",
    fires: { crisisTier: "distress" },
    lookAlike: { level: "routine" },
    priority: "routine",
  },
];

describe("escalation rules", () => {
  test("every rule in the table has a scenario here", () => {
    expect(scenarios.map((s) => s.id).sort()).toEqual(ESCALATION_RULES.map((r) => r.id).sort());
  });

  test.each(scenarios)(
    "$id fires for its situation and not for its look-alike",
    ({ id, fires, lookAlike, priority }) => {
      const decision = decideEscalation({ ...calm, ...fires });
      expect(decision?.ruleIds).toContain(id);
      expect(decision?.priority).toBe(priority);
      expect(decideEscalation({ ...calm, ...lookAlike })?.ruleIds ?? []).not.toContain(id);
    },
  );

  test("opens nothing for self-care, routine or information turns", () => {
    for (const level of ["info", "self_care", "routine"] as const)
      expect(decideEscalation({ ...calm, level })).toBeNull();
  });

  test("the most urgent matching rule decides, and all matches are listed", () => {
    const decision = decideEscalation({
      level: "emergency",
      crisisTier: "intent",
      methodSeeking: true,
      checkFailed: false,
    });
    expect(decision?.priority).toBe("immediate");
    expect(decision?.queue).toBe("behavioural_health");
    expect(decision?.ruleIds).toEqual([
      "escalation.crisis_imminent",
      "escalation.emergency",
      "escalation.crisis",
    ]);
  });
});
