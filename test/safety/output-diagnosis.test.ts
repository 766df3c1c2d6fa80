import { describe, expect, test } from "vitest";
import { diagnosisCheck } from "../../safety/output/diagnosis.ts";
import { outputContext } from "./output-context.ts";

const fires = [
  { id: "you-have", input: "You have a urinary tract infection, also called a UTI." },
  { id: "youve-got", input: "It's clear you've got the flu." },
  { id: "probably-have", input: "You probably have strep throat." },
  { id: "might-have", input: "You might have an ear infection." },
  { id: "sounds-like", input: "This sounds like a migraine to me." },
  { id: "its-likely", input: "It's most likely a virus, so rest up." },
  { id: "could-be", input: "It could be appendicitis." },
  { id: "symptoms-point", input: "Your symptoms point to tonsillitis." },
  { id: "suffering", input: "You're suffering from sinusitis." },
  { id: "relative", input: "Your son probably has chickenpox." },
  { id: "i-think", input: "I think you have an allergy." },
  { id: "having-a", input: "You are having a heart attack." },
  {
    id: "claim-its-passage-does-not-make",
    input: "It is probably tonsillitis [p1].",
    passages: ["Tonsillitis is common in children. Rest and fluids help."],
  },
] as const;

const passes = [
  { id: "conditional", input: "If you have asthma, keep your inhaler with you." },
  { id: "question", input: "Do you have a fever as well?" },
  { id: "people-who", input: "People who have diabetes should check their feet." },
  { id: "whether", input: "I can't tell whether you have an infection, but a nurse can." },
  {
    id: "general-it",
    input: "Flu spreads easily. It is a viral infection of the nose and throat.",
  },
  { id: "not-a-diagnosis", input: "This is general information, not a diagnosis." },
  { id: "can-be-caused", input: "A sore throat can be caused by many things, including a cold." },
  { id: "you-have-right", input: "You have the right to ask for a second opinion." },
  { id: "when-you-have", input: "When you have a cold, rest and drink fluids." },
  { id: "not-sure", input: "I'm not sure it's an infection, so please ask your care team." },
  {
    id: "claim-a-cited-passage-makes",
    input: "With white spots on the tonsils, it is probably tonsillitis [p1].",
    passages: ["If the tonsils are red with white spots, it is probably tonsillitis."],
  },
] as const;

describe("output check: diagnosis", () => {
  test.each(fires)("blocks $id", (scenario) => {
    const ctx = outputContext(scenario.input, {
      passages: "passages" in scenario ? [...scenario.passages] : [],
    });
    const report = diagnosisCheck.run(ctx);
    expect(report.verdict).toBe("block");
    expect(report.ruleIds).toEqual(["output.diagnosis.claim"]);
  });

  test.each(passes)("allows look-alike $id", (scenario) => {
    const ctx = outputContext(scenario.input, {
      passages: "passages" in scenario ? [...scenario.passages] : [],
    });
    expect(diagnosisCheck.run(ctx)).toMatchObject({ verdict: "allow" });
  });
});
