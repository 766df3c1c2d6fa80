// Emergency wording: the first sentence is always the instruction with the locale's number (P7),
// pregnancy problems point to the maternity unit, and the nurse-facing reason text never leaks.
import { describe, expect, test } from "vitest";
import { TRIAGE_RULES } from "../../safety/triage/index.ts";
import type { EmergencyContacts } from "../../safety/types.ts";
import { composeEmergencyReply } from "../../safety/wording/en/emergency.ts";

const LOCALES: EmergencyContacts[] = [
  {
    region: "US",
    emergencyNumber: "911",
    crisisLines: [{ label: "988 Lifeline", contact: "call or text 988" }],
    poisonLine: "1-800-222-1222",
  },
  {
    region: "GB",
    emergencyNumber: "999",
    crisisLines: [{ label: "Samaritans", contact: "call 116 123" }],
  },
  {
    region: "AU",
    emergencyNumber: "000",
    crisisLines: [{ label: "Lifeline", contact: "call 13 11 14" }],
  },
];

const EMERGENCIES = TRIAGE_RULES.filter((r) => r.level === "emergency");
const CASES = LOCALES.flatMap((contacts) =>
  EMERGENCIES.map((rule) => ({ id: `${rule.id} (${contacts.region})`, rule, contacts })),
);

function firstSentence(text: string): string {
  return text.split(/(?<=\.)\s/)[0] ?? "";
}

describe("emergency replies", () => {
  test.each(CASES)("starts with the instruction for $id", ({ rule, contacts }) => {
    const reply = composeEmergencyReply({
      reasons: [{ ruleId: rule.id, text: "NURSE-ONLY TEXT" }],
      contacts,
    });
    const n = contacts.emergencyNumber;
    if (rule.disposition === "call_now") {
      expect(reply.startsWith(`Call ${n} now.`)).toBe(true);
    } else {
      expect(firstSentence(reply)).toMatch(
        /^Go to (your maternity unit or )?the nearest emergency department now\.$/,
      );
      expect(reply).toContain(`If you can't get there quickly and safely, call ${n}.`);
    }
    expect(reply).toContain(n);
    expect(reply).toContain("care team has been alerted");
    expect(reply.endsWith("I'm still here.")).toBe(true);
    expect(reply).not.toContain("NURSE-ONLY TEXT");
  });

  test("calling wins when any reason needs an ambulance", () => {
    const reply = composeEmergencyReply({
      reasons: [
        { ruleId: "input.emergency.paracetamol_overdose", text: "x" },
        { ruleId: "input.emergency.overdose", text: "x" },
      ],
      contacts: LOCALES[0] as EmergencyContacts,
    });
    expect(reply.startsWith("Call 911 now.")).toBe(true);
  });

  test("pregnancy problems send the patient to the maternity unit", () => {
    const reply = composeEmergencyReply({
      reasons: [{ ruleId: "input.emergency.reduced_fetal_movements", text: "x" }],
      contacts: LOCALES[1] as EmergencyContacts,
    });
    expect(
      reply.startsWith("Go to your maternity unit or the nearest emergency department now."),
    ).toBe(true);
  });

  test("gives at most three short safety actions", () => {
    const reply = composeEmergencyReply({
      reasons: EMERGENCIES.map((r) => ({ ruleId: r.id, text: "x" })),
      contacts: LOCALES[0] as EmergencyContacts,
    });
    const sentences = reply.split(/(?<=[.!?])\s+/);
    // instruction (2 sentences) + up to 3 actions (each ≤ 2 sentences, poison adds one) + 2 closing lines
    expect(sentences.length).toBeLessThanOrEqual(2 + 3 * 3 + 2);
  });

  test("mentions the poison line only where one exists", () => {
    const reasons = [{ ruleId: "input.emergency.poisoning", text: "x" }];
    expect(composeEmergencyReply({ reasons, contacts: LOCALES[0] as EmergencyContacts })).toContain(
      "1-800-222-1222",
    );
    expect(
      composeEmergencyReply({ reasons, contacts: LOCALES[1] as EmergencyContacts }),
    ).not.toContain("poison line");
  });

  test("a suicide emergency also gives the crisis line", () => {
    const reply = composeEmergencyReply({
      reasons: [{ ruleId: "input.emergency.suicide_risk", text: "x" }],
      contacts: LOCALES[1] as EmergencyContacts,
    });
    expect(reply.startsWith("Call 999 now.")).toBe(true);
    expect(reply).toContain("call 116 123");
  });

  test("a physical emergency with suicidal content also gives the crisis line", () => {
    const reply = composeEmergencyReply({
      reasons: [
        { ruleId: "input.emergency.overdose", text: "x" },
        { ruleId: "input.crisis.wish_to_be_dead", text: "x" },
      ],
      contacts: LOCALES[1] as EmergencyContacts,
    });
    expect(reply.startsWith("Call 999 now.")).toBe(true);
    expect(reply).toContain("call 116 123");
  });

  test("an unknown rule id still gets the call instruction (fail safe)", () => {
    const reply = composeEmergencyReply({
      reasons: [{ ruleId: "input.emergency.future_rule", text: "x" }],
      contacts: LOCALES[2] as EmergencyContacts,
    });
    expect(reply.startsWith("Call 000 now.")).toBe(true);
  });
});
