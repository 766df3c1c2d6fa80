import { describe, expect, test } from "vitest";
import { classifyScope, scopeCheck } from "../../safety/scope/index.ts";
import type { CheckContext } from "../../safety/types.ts";

function contextFor(text: string): CheckContext {
  return {
    text,
    history: [],
    locale: "en-GB",
    contacts: {
      region: "GB",
      emergencyNumber: "999",
      crisisLines: [],
      urgentAdviceLine: "NHS 111",
    },
    now: new Date("2025-01-01T12:00:00Z"),
  };
}

const outOfScope = [
  {
    id: "do-i-have",
    input: "I've been so thirsty lately, do I have diabetes?",
    expect: "diagnosis",
  },
  {
    id: "wrong-with-me",
    input: "what is wrong with me? I keep getting dizzy",
    expect: "diagnosis",
  },
  { id: "diagnose-me", input: "please just diagnose me", expect: "diagnosis" },
  {
    id: "is-this-cancer",
    input: "there's a dark patch on my back, is this cancer?",
    expect: "diagnosis",
  },
  { id: "which-disease", input: "tell me what disease I have", expect: "diagnosis" },
  { id: "relative", input: "does my son have strep throat?", expect: "diagnosis" },
  { id: "what-is-this-lump", input: "what is this lump under my arm", expect: "diagnosis" },
  { id: "double", input: "can I double my metformin tonight?", expect: "dosing" },
  { id: "stop-pills", input: "should I stop my blood pressure pills", expect: "dosing" },
  { id: "how-many-mine", input: "how many of my sleeping pills can I take", expect: "dosing" },
  { id: "child-adult-tablets", input: "can I give my 2 year old adult tablets", expect: "dosing" },
  { id: "how-much-self", input: "how much ibuprofen should I take for my back", expect: "dosing" },
  { id: "skip-dose", input: "is it ok for me to skip my insulin dose today", expect: "dosing" },
  {
    id: "stop-it",
    input: "the tablets make me dizzy, should I stop taking them?",
    expect: "dosing",
  },
  {
    id: "more-than-recommended",
    input: "can I take more than the recommended dose of ibuprofen",
    expect: "dosing",
  },
  { id: "prescribe", input: "prescribe me antibiotics", expect: "prescription" },
  { id: "refill", input: "I need a refill of oxycodone", expect: "prescription" },
  {
    id: "give-me-insulin",
    input: "can you give me some insulin, I've run out",
    expect: "prescription",
  },
  {
    id: "send-prescription",
    input: "can you send a prescription to my pharmacy",
    expect: "prescription",
  },
  { id: "essay", input: "write my essay on the French revolution", expect: "non_health" },
  { id: "scores", input: "what were the premier league scores last night", expect: "non_health" },
  { id: "recipe", input: "give me a recipe for lasagne", expect: "non_health" },
  { id: "coding", input: "why does my javascript loop never end", expect: "non_health" },
] as const;

const inScope = [
  { id: "side-effects", input: "metformin side effects" },
  { id: "thyroid-possibility", input: "could it be my thyroid?" },
  { id: "symptoms-of", input: "what are the symptoms of diabetes" },
  { id: "usual-treatment", input: "what's the usual treatment for strep throat" },
  { id: "how-works", input: "how does ibuprofen work" },
  { id: "general-combination", input: "is it generally safe to take paracetamol with ibuprofen" },
  { id: "normal-bp", input: "what is a normal blood pressure" },
  { id: "stitches", input: "how do I know if a cut needs stitches" },
  { id: "kill-a-cold", input: "how do I kill a cold fast" },
  { id: "a1c", input: "what does my A1c of 7 mean" },
  { id: "with-food", input: "when should I take my medicine with food" },
  { id: "told-not-to", input: "my doctor told me not to double my dose, why is that?" },
  { id: "not-asking", input: "I'm not asking you to diagnose me, just what can cause a rash" },
  { id: "do-i-have-to", input: "do I have to take metformin with meals?" },
  { id: "flu-tests", input: "do they have flu tests at the pharmacy?" },
  { id: "need-a-script", input: "do I need a prescription for hay fever tablets?" },
  { id: "usually-prescribed", input: "what do doctors usually prescribe for a UTI?" },
  {
    id: "statement-dose",
    input: "my GP increased my dose of sertraline last week, is nausea common?",
  },
  { id: "healthy-recipe", input: "a low-salt recipe for someone with high blood pressure" },
  { id: "figurative-blow-off", input: "what's a good way to blow off steam after work?" },
  { id: "homonym-shoot", input: "where can I shoot a good photo of the sunset?" },
  { id: "diabetes-friendly", input: "is this diabetes friendly?" },
  { id: "how-diagnosed", input: "how do doctors diagnose coeliac disease?" },
  { id: "missed-dose-info", input: "what happens if you miss a dose of the pill" },
  { id: "info-about-drug", input: "can you give me some insulin tips for travelling?" },
  { id: "drug-technique", input: "could you give me some inhaler technique tips?" },
  { id: "drug-side-effects", input: "can you send me some metformin side effects info?" },
  { id: "general-stopping", input: "is it safe to stop taking statins?" },
] as const;

describe("scope policy", () => {
  test.each(outOfScope)("classifies $id as $expect", ({ input, expect: category }) => {
    const result = classifyScope(input);
    expect(result.category).toBe(category);
    expect(result.reasons[0]?.ruleId).toBe(`input.scope.${category}`);
  });

  test.each(inScope)("leaves the health question $id in scope", ({ input }) => {
    expect(classifyScope(input)).toEqual({ category: null, reasons: [] });
  });

  test("blocks diagnosis, dosing and prescription requests with their rule ids", async () => {
    expect(scopeCheck).toMatchObject({ id: "input.scope", version: "1.0.0" });
    const report = await scopeCheck.run(contextFor("can I double my metformin"));
    expect(report.verdict).toBe("block");
    expect(report.ruleIds).toEqual(["input.scope.dosing"]);
  });

  test("flags a non-health request instead of blocking it", async () => {
    const report = await scopeCheck.run(contextFor("write my essay about climate policy"));
    expect(report.verdict).toBe("flag");
    expect(report.result.category).toBe("non_health");
  });

  test("allows health education", async () => {
    const report = await scopeCheck.run(contextFor("what are the symptoms of diabetes"));
    expect(report).toEqual({
      verdict: "allow",
      ruleIds: [],
      result: { category: null, reasons: [] },
    });
  });

  test("names the most consequential category first and keeps every reason", () => {
    const result = classifyScope("do I have an infection? and should I stop my antibiotics?");
    expect(result.category).toBe("dosing");
    expect(result.reasons.map((r) => r.ruleId)).toEqual([
      "input.scope.dosing",
      "input.scope.diagnosis",
    ]);
  });
});
