// The triage check's contract: identity, verdicts per level, the rule catalogue's shape, and that it
// stays synchronous and fast enough for every message.
import { describe, expect, test } from "vitest";
import { TRIAGE_RULES, triageCheck } from "../../safety/triage/index.ts";
import { TRIAGE_LEVELS } from "../../safety/types.ts";

const CONTACTS = {
  region: "US",
  emergencyNumber: "911",
  crisisLines: [{ label: "988", contact: "call or text 988" }],
};
const run = (text: string) => {
  const report = triageCheck.run({
    text,
    history: [],
    locale: "en-US",
    contacts: CONTACTS,
    now: new Date(),
  });
  if (report instanceof Promise) throw new Error("triage must be synchronous");
  return report;
};

describe("triage check contract", () => {
  test("has the agreed identity and budget", () => {
    expect(triageCheck).toMatchObject({ id: "input.triage", version: "1.0.0" });
    expect(triageCheck.budgetMs).toBeGreaterThan(0);
  });

  test.each([
    { level: "emergency", input: "he's not breathing", verdict: "escalate" },
    { level: "urgent", input: "deep cut that needs stitches", verdict: "escalate" },
    { level: "routine", input: "I've had a cough for 5 weeks", verdict: "flag" },
    { level: "self_care", input: "I've got a cold", verdict: "allow" },
    { level: "info", input: "how do I book an appointment?", verdict: "allow" },
  ])("maps $level to $verdict", ({ level, input, verdict }) => {
    const report = run(input);
    expect(report.result.level).toBe(level);
    expect(report.verdict).toBe(verdict);
    expect(report.ruleIds).toEqual(report.result.reasons.map((r) => r.ruleId));
  });

  test("every level is reachable by some rule", () => {
    for (const level of TRIAGE_LEVELS)
      expect(TRIAGE_RULES.some((r) => r.level === level)).toBe(true);
  });

  test("rule ids are dotted, unique and name their level; only emergencies carry a disposition", () => {
    const ids = TRIAGE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of TRIAGE_RULES) {
      expect(rule.id.startsWith(`input.${rule.level}.`)).toBe(true);
      expect(rule.summary.length).toBeGreaterThan(10);
      if (rule.level === "emergency") expect(["call_now", "go_now"]).toContain(rule.disposition);
      else expect(rule.disposition).toBeUndefined();
    }
  });

  test("covers every emergency group in clinical-safety.md §1.3", () => {
    const required = [
      "stroke",
      "heart_attack",
      "aortic_dissection",
      "pulmonary_embolism",
      "breathing_severe",
      "asthma_severe",
      "anaphylaxis",
      "sepsis",
      "sepsis_child",
      "infant_fever",
      "meningitis",
      "severe_bleeding",
      "thunderclap_headache",
      "overdose",
      "paracetamol_overdose",
      "poisoning",
      "button_battery",
      "opioid_overdose",
      "seizure",
      "collapse",
      "hypoglycaemia_severe",
      "dka",
      "pregnancy_bleeding",
      "ectopic",
      "pre_eclampsia",
      "reduced_fetal_movements",
      "testicular_torsion",
      "cauda_equina",
      "head_injury",
      "major_trauma",
      "severe_burn",
      "choking",
      "drowning",
      "suicide_risk",
    ];
    const ids = new Set(TRIAGE_RULES.map((r) => r.id));
    for (const name of required) expect(ids.has(`input.emergency.${name}`)).toBe(true);
  });

  test("go_now is used for the ED and maternity presentations the guidance names", () => {
    const goNow = TRIAGE_RULES.filter((r) => r.disposition === "go_now").map((r) => r.id);
    expect(goNow).toEqual(
      expect.arrayContaining([
        "input.emergency.infant_fever",
        "input.emergency.paracetamol_overdose",
        "input.emergency.dka",
        "input.emergency.reduced_fetal_movements",
        "input.emergency.testicular_torsion",
        "input.emergency.cauda_equina",
      ]),
    );
  });

  test("a long pasted message is analysed to the end, in linear time", () => {
    const sentence = "I have had a mild cough and a runny nose for a while. ";
    const text = `${sentence.repeat(150)}Now my face is drooping.`;
    run(`${sentence.repeat(150)} warm up`);
    const started = performance.now();
    const report = run(text);
    // Generous: a typical run takes a few milliseconds; a quadratic step would take seconds.
    expect(performance.now() - started).toBeLessThan(1000);
    expect(report.result.level).toBe("emergency");
  });
});
