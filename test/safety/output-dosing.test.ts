import { describe, expect, test } from "vitest";
import { dosingCheck } from "../../safety/output/dosing.ts";
import { outputContext } from "./output-context.ts";

const PARACETAMOL =
  "Adults can take 1 or 2 500 mg paracetamol tablets up to 4 times a day. Leave at least 4 hours between doses.";
const IBUPROFEN = "Adults can take 200 mg to 400 mg of ibuprofen every 4 to 6 hours with food.";
const STOP_IBUPROFEN = "Stop taking ibuprofen and get advice if you get stomach pain.";

const fires = [
  {
    id: "amount-uncited",
    input: "You can take 400 mg of ibuprofen for the pain.",
    expect: "output.dosing.amount",
  },
  {
    id: "tablet-count",
    input: "Take two tablets now and see how you feel.",
    expect: "output.dosing.amount",
  },
  {
    id: "count-of-drug",
    input: "You could try 2 paracetamol with water.",
    expect: "output.dosing.amount",
  },
  { id: "child-ml", input: "Give your son 5 ml of the liquid.", expect: "output.dosing.amount" },
  { id: "puffs", input: "Use 2 puffs of your blue inhaler.", expect: "output.dosing.amount" },
  {
    id: "amount-not-in-cited-passage",
    input: "Adults can take 800 mg of ibuprofen [p1].",
    passages: [IBUPROFEN],
    expect: "output.dosing.amount",
  },
  {
    id: "cited-passage-is-another-one",
    input: "Adults can take 400 mg of ibuprofen [p2].",
    passages: [IBUPROFEN, "Drink plenty of fluids."],
    expect: "output.dosing.amount",
  },
  {
    id: "frequency",
    input: "Take it every 4 hours until the fever goes.",
    expect: "output.dosing.frequency",
  },
  {
    id: "frequency-words",
    input: "Use your cream twice a day.",
    expect: "output.dosing.frequency",
  },
  {
    id: "double",
    input: "You could double your metformin tonight.",
    expect: "output.dosing.change",
  },
  {
    id: "stop",
    input: "Stop taking your blood pressure tablets for now.",
    expect: "output.dosing.change",
  },
  {
    id: "increase",
    input: "It may help to increase your insulin dose.",
    expect: "output.dosing.change",
  },
  {
    id: "extra",
    input: "Take an extra dose if the pain comes back.",
    expect: "output.dosing.change",
  },
  { id: "start", input: "Start taking vitamin d every morning.", expect: "output.dosing.change" },
] as const;

const passes = [
  { id: "no-numbers", input: "Ask a pharmacist which painkiller is right for you." },
  { id: "label", input: "Always follow the dose on the label or leaflet." },
  { id: "take-your-time", input: "Take your time and rest when you need to." },
  { id: "water", input: "Drink 6 to 8 glasses of water a day." },
  { id: "call-111", input: "Call 111 if it gets worse." },
  { id: "durations", input: "Most colds get better in 7 to 10 days." },
  { id: "temperature", input: "A temperature of 38C or higher is a fever." },
  { id: "break-frequency", input: "Take a break every 2 hours when you drive." },
  {
    id: "dont-stop",
    input: "Don't stop taking your antidepressants without talking to your doctor.",
  },
  { id: "never-double", input: "Never double a dose to make up for a missed one." },
  { id: "before-change", input: "Speak to your pharmacist before you change your dose." },
  { id: "whether-stop", input: "Your care team can tell you whether to stop your tablets." },
  {
    id: "cited-amount",
    input: "Adults can take 200 mg to 400 mg of ibuprofen every 4 to 6 hours [p1].",
    passages: [IBUPROFEN],
  },
  {
    id: "cited-paracetamol",
    input: "Adults can take 1 or 2 500 mg tablets up to 4 times a day [p1].",
    passages: [PARACETAMOL],
  },
  {
    id: "citation-later-in-draft",
    input: "Adults can take 200 mg to 400 mg of ibuprofen.",
    draft: "Adults can take 200 mg to 400 mg of ibuprofen. This is from our guidance [p1].",
    passages: [IBUPROFEN],
  },
  {
    id: "cited-stop",
    input: "Stop taking ibuprofen and get advice if you get stomach pain [p1].",
    passages: [STOP_IBUPROFEN],
  },
] as const;

describe("output check: dosing", () => {
  test.each(fires)("blocks $id", (scenario) => {
    const ctx = outputContext(scenario.input, {
      passages: "passages" in scenario ? [...scenario.passages] : [],
    });
    const report = dosingCheck.run(ctx);
    expect(report.verdict).toBe("block");
    expect(report.ruleIds).toContain(scenario.expect);
  });

  test.each(passes)("allows look-alike $id", (scenario) => {
    const ctx = outputContext(scenario.input, {
      passages: "passages" in scenario ? [...scenario.passages] : [],
      ...("draft" in scenario ? { draft: scenario.draft } : {}),
    });
    expect(dosingCheck.run(ctx)).toMatchObject({ verdict: "allow", ruleIds: [] });
  });
});
