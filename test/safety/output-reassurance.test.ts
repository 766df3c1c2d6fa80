import { describe, expect, test } from "vitest";
import { reassuranceCheck } from "../../safety/output/reassurance.ts";
import type { TriageLevel } from "../../safety/types.ts";
import { outputContext } from "./output-context.ts";

const fires: Array<{ id: string; input: string; level: TriageLevel; expect: string }> = [
  {
    id: "nothing-to-worry-urgent",
    input: "This is nothing to worry about.",
    level: "urgent",
    expect: "output.reassurance.dismissive",
  },
  {
    id: "probably-nothing-routine",
    input: "It's probably nothing, but keep an eye on it.",
    level: "routine",
    expect: "output.reassurance.dismissive",
  },
  {
    id: "youll-be-fine",
    input: "You'll be fine after some sleep.",
    level: "urgent",
    expect: "output.reassurance.dismissive",
  },
  {
    id: "no-need-doctor",
    input: "There's no need to see a doctor for this.",
    level: "routine",
    expect: "output.reassurance.dismissive",
  },
  {
    id: "rest-at-home-urgent",
    input: "Rest at home and drink plenty of water.",
    level: "urgent",
    expect: "output.reassurance.wait",
  },
  {
    id: "wait-and-see-emergency",
    input: "You could wait and see how it goes.",
    level: "emergency",
    expect: "output.reassurance.wait",
  },
  {
    id: "goes-away",
    input: "It should go away on its own.",
    level: "urgent",
    expect: "output.reassurance.wait",
  },
  {
    id: "manage-home",
    input: "You can manage this at home.",
    level: "urgent",
    expect: "output.reassurance.wait",
  },
  {
    id: "wait-days",
    input: "Wait a few days to see if it clears.",
    level: "urgent",
    expect: "output.reassurance.wait",
  },
  {
    id: "book-next-days",
    input: "Book an appointment in the next few days.",
    level: "urgent",
    expect: "output.reassurance.wait",
  },
];

const passes: Array<{ id: string; input: string; level: TriageLevel }> = [
  { id: "self-care-rest", input: "Rest at home and drink plenty of fluids.", level: "self_care" },
  { id: "info-nothing", input: "Most moles are nothing to worry about.", level: "info" },
  {
    id: "routine-rest",
    input: "Rest at home while you wait for your appointment.",
    level: "routine",
  },
  { id: "dont-wait", input: "Please don't wait and see: call them today.", level: "urgent" },
  { id: "not-at-home", input: "This is not something to manage at home.", level: "urgent" },
  {
    id: "wont-go-away",
    input: "It won't go away on its own, so speak to a clinician today.",
    level: "urgent",
  },
  { id: "fine-to-call", input: "It's fine to call 111 at any time.", level: "urgent" },
  {
    id: "worry-is-normal",
    input: "It's normal to feel worried when this happens.",
    level: "urgent",
  },
  {
    id: "dont-manage-alone",
    input: "Don't try to manage this at home by yourself.",
    level: "emergency",
  },
];

describe("output check: reassurance against the triage level", () => {
  test.each(fires)("blocks $id", (scenario) => {
    const report = reassuranceCheck.run(outputContext(scenario.input, { level: scenario.level }));
    expect(report.verdict).toBe("block");
    expect(report.ruleIds).toContain(scenario.expect);
  });

  test.each(passes)("allows look-alike $id", (scenario) => {
    const report = reassuranceCheck.run(outputContext(scenario.input, { level: scenario.level }));
    expect(report).toMatchObject({ verdict: "allow", ruleIds: [] });
  });
});
