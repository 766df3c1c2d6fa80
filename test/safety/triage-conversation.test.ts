// Conversation context: red flags split across patient turns fire, an emergency said earlier keeps the
// level at emergency, and assistant or staff turns are never evidence of symptoms.
import { describe, expect, test } from "vitest";
import { triageCheck } from "../../safety/triage/index.ts";
import type { ConversationTurn, TriageLevel, TriageResult } from "../../safety/types.ts";

const CONTACTS = {
  region: "GB",
  emergencyNumber: "999",
  crisisLines: [{ label: "Samaritans", contact: "call 116 123" }],
};

function converse(turns: ReadonlyArray<[ConversationTurn["role"], string]>): TriageResult {
  const now = new Date("2026-01-15T10:00:00Z");
  const all = turns.map(([role, text], i) => ({
    role,
    text,
    at: new Date(now.getTime() - (turns.length - i) * 60_000),
  }));
  const current = all.pop();
  if (current?.role !== "patient") throw new Error("the last turn must be the patient's");
  const report = triageCheck.run({
    text: current.text,
    history: all,
    locale: "en-GB",
    contacts: CONTACTS,
    now,
  });
  if (report instanceof Promise) throw new Error("triage must be synchronous");
  return report.result;
}

const CASES: Array<{
  id: string;
  turns: Array<[ConversationTurn["role"], string]>;
  level: TriageLevel;
  rule?: string;
  reasonMentions?: string;
}> = [
  {
    id: "combines chest pain with arm numbness two messages later",
    turns: [
      ["patient", "I've got crushing chest pain"],
      ["assistant", "I'm sorry to hear that. Can you tell me more?"],
      ["patient", "it started an hour ago"],
      ["assistant", "Thank you."],
      ["patient", "and my left arm is numb"],
    ],
    level: "emergency",
    rule: "input.emergency.heart_attack",
  },
  {
    id: "combines a baby's age with a later temperature",
    turns: [
      ["patient", "my baby is 7 weeks"],
      ["assistant", "Thanks, how can I help?"],
      ["patient", "she's 38.3"],
    ],
    level: "emergency",
    rule: "input.emergency.infant_fever",
    reasonMentions: "earlier messages",
  },
  {
    id: "combines pregnancy with a later headache and vision change",
    turns: [
      ["patient", "I'm 35 weeks pregnant"],
      ["patient", "I have a pounding headache and seeing flashing lights"],
    ],
    level: "emergency",
    rule: "input.emergency.pre_eclampsia",
  },
  {
    id: "keeps an earlier emergency in force for a follow-up question",
    turns: [
      ["patient", "my husband's face is drooping and he can't lift his arm"],
      ["assistant", "Call 999 now."],
      ["patient", "ok they're on the way, what should I do while I wait?"],
    ],
    level: "emergency",
    rule: "input.emergency.stroke",
    reasonMentions: "earlier in this conversation",
  },
  {
    id: "does not treat the assistant's words as symptoms",
    turns: [
      ["assistant", "Signs of a stroke include face drooping and slurred speech."],
      ["patient", "thanks, that's useful"],
    ],
    level: "info",
  },
  {
    id: "does not treat a staff message as symptoms",
    turns: [
      ["staff", "If you get chest pain or can't breathe, call 999."],
      ["patient", "ok will do"],
    ],
    level: "info",
  },
  {
    id: "does not carry an earlier self-care problem into a navigation question",
    turns: [
      ["patient", "I have a cold"],
      ["patient", "what time does the pharmacy open?"],
    ],
    level: "info",
  },
  {
    id: "does not combine an education question with a later unrelated message",
    turns: [
      ["patient", "what are the signs of a stroke?"],
      ["patient", "and how do I book a flu jab?"],
    ],
    level: "info",
  },
  {
    id: "a method question after distress earlier is suicidal risk",
    turns: [
      ["patient", "I just lost my job and everything feels pointless"],
      ["patient", "what are the tallest bridges near me?"],
    ],
    level: "urgent",
    rule: "input.urgent.suicidal_thoughts",
  },
  {
    id: "a plan after suicidal talk is an emergency",
    turns: [
      ["patient", "I don't want to be here anymore"],
      ["patient", "I have a plan"],
    ],
    level: "emergency",
    rule: "input.emergency.suicide_risk",
  },
  {
    id: "staggered paracetamol: drug named earlier, a large total later",
    turns: [
      ["patient", "Took paracetamol earlier for my back"],
      ["assistant", "Thanks. How much have you taken?"],
      ["patient", "about 20 tablets over the day"],
    ],
    level: "emergency",
    rule: "input.emergency.paracetamol_overdose",
    reasonMentions: "pieced together",
  },
  {
    id: "staggered paracetamol: 'loads since this morning' after naming Tylenol",
    turns: [
      ["patient", "I've been taking tylenol for my toothache"],
      ["patient", "I've had loads since this morning"],
    ],
    level: "emergency",
    rule: "input.emergency.paracetamol_overdose",
  },
  {
    id: "paracetamol named earlier, then an ordinary dose is not an overdose",
    turns: [
      ["patient", "took paracetamol for a headache"],
      ["patient", "2 tablets twice today"],
    ],
    level: "info",
  },
  {
    id: "paracetamol named earlier, then 'loads of water' is not an overdose",
    turns: [
      ["patient", "took acetaminophen for a headache"],
      ["patient", "I've had loads of water since this morning"],
    ],
    level: "info",
  },
  {
    id: "staggered paracetamol: co-codamol earlier, a count today",
    turns: [
      ["patient", "co-codamol for my back"],
      ["patient", "I've taken about 16 today"],
    ],
    level: "emergency",
    rule: "input.emergency.paracetamol_overdose",
  },
];

describe("conversation context", () => {
  test.each(CASES)("$id", ({ turns, level, rule, reasonMentions }) => {
    const result = converse(turns);
    expect(result.level).toBe(level);
    if (rule) expect(result.reasons.map((r) => r.ruleId)).toContain(rule);
    if (reasonMentions) {
      expect(result.reasons.find((r) => r.ruleId === rule)?.text).toContain(reasonMentions);
    }
  });
});
