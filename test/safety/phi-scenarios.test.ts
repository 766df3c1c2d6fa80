import { describe, expect, test } from "vitest";
import { phiCheck, phiReasons, redactPhi } from "../../safety/phi/index.ts";
import type { CheckContext, PhiType } from "../../safety/types.ts";

function contextFor(text: string): CheckContext {
  return {
    text,
    history: [],
    locale: "en-US",
    contacts: { region: "US", emergencyNumber: "911", crisisLines: [] },
    now: new Date("2025-01-01T12:00:00Z"),
  };
}

/** Each entity as [type, the exact original text it covers]. */
function found(text: string): Array<[PhiType, string]> {
  return redactPhi(text).entities.map((e) => [e.type, text.slice(e.start, e.end)]);
}

// Synthetic identifiers written for these tests; none belongs to a real person.
const identifiers: ReadonlyArray<{ id: string; input: string; expect: Array<[PhiType, string]> }> =
  [
    {
      id: "own name",
      input: "Hi, my name is Priya Raman and my chest feels tight",
      expect: [["name", "Priya Raman"]],
    },
    { id: "I'm + given name", input: "I'm Daniel, 45, with a cough", expect: [["name", "Daniel"]] },
    {
      id: "this is + given name",
      input: "this is Fiona again about my ankle",
      expect: [["name", "Fiona"]],
    },
    {
      id: "clinician title",
      input: "Dr. Okafor said my iron is low",
      expect: [["name", "Okafor"]],
    },
    { id: "relative", input: "my daughter Zoe has a rash", expect: [["name", "Zoe"]] },
    { id: "sign-off", input: "Is that normal?\nThanks, Marisol", expect: [["name", "Marisol"]] },
    {
      id: "name with initial",
      input: "Referred by Tamsin R. Wetherby last week",
      expect: [["name", "Tamsin R. Wetherby"]],
    },
    { id: "numeric DOB", input: "DOB 03/14/1985", expect: [["date", "03/14/1985"]] },
    { id: "dotted date", input: "born 14.03.1985 in winter", expect: [["date", "14.03.1985"]] },
    { id: "ISO date", input: "admitted 1985-03-14", expect: [["date", "1985-03-14"]] },
    {
      id: "written date",
      input: "discharged on March 14, 1985",
      expect: [["date", "March 14, 1985"]],
    },
    {
      id: "day-first written date",
      input: "seen 14th March 1985",
      expect: [["date", "14th March 1985"]],
    },
    { id: "US phone", input: "call me on (555) 201-3344", expect: [["phone", "(555) 201-3344"]] },
    { id: "UK mobile", input: "my mobile is 07700 900123", expect: [["phone", "07700 900123"]] },
    {
      id: "international phone",
      input: "reach me at +44 20 7946 0958",
      expect: [["phone", "+44 20 7946 0958"]],
    },
    { id: "fax", input: "fax: 555-201-3399", expect: [["fax", "555-201-3399"]] },
    {
      id: "email",
      input: "email me at j.doe+clinic@example.org.",
      expect: [["email", "j.doe+clinic@example.org"]],
    },
    { id: "SSN", input: "SSN 078-05-1120", expect: [["ssn", "078-05-1120"]] },
    { id: "MRN", input: "my MRN is 00123456", expect: [["mrn", "00123456"]] },
    { id: "NHS number", input: "NHS number 943 476 5919", expect: [["mrn", "943 476 5919"]] },
    { id: "member id", input: "member ID: XHP448812901", expect: [["account", "XHP448812901"]] },
    {
      id: "card number",
      input: "card 4111 1111 1111 1111",
      expect: [["account", "4111 1111 1111 1111"]],
    },
    {
      id: "IBAN",
      input: "refund to GB82WEST12345698765432 please",
      expect: [["account", "GB82WEST12345698765432"]],
    },
    {
      id: "street address",
      input: "I live at 42 Elm Street, Apt 4B",
      expect: [["address", "42 Elm Street, Apt 4B"]],
    },
    { id: "PO box", input: "post it to PO Box 1123", expect: [["address", "PO Box 1123"]] },
    { id: "ZIP+4", input: "zip 90210-1234", expect: [["zip", "90210-1234"]] },
    {
      id: "city, state ZIP",
      input: "Springfield, IL 62704",
      expect: [
        ["address", "Springfield"],
        ["zip", "62704"],
      ],
    },
    { id: "UK postcode", input: "postcode SW1A 1AA", expect: [["zip", "SW1A 1AA"]] },
    {
      id: "city after live in",
      input: "I live in Harrogate now",
      expect: [["address", "Harrogate"]],
    },
    {
      id: "URL",
      input: "see https://portal.example.com/me?id=7.",
      expect: [["url", "https://portal.example.com/me?id=7"]],
    },
    { id: "IPv4", input: "from 203.0.113.9", expect: [["ip", "203.0.113.9"]] },
    {
      id: "IPv6",
      input: "from 2001:db8::8a2e:370:7334",
      expect: [["ip", "2001:db8::8a2e:370:7334"]],
    },
    { id: "licence", input: "driver's license D1234567", expect: [["licence", "D1234567"]] },
    {
      id: "device serial",
      input: "pump serial number SN-88412-B",
      expect: [["device", "SN-88412-B"]],
    },
    {
      id: "VIN",
      input: "my car VIN 1HGCM82633A004352",
      expect: [["vehicle", "1HGCM82633A004352"]],
    },
    { id: "plate", input: "licence plate AB12 CDE", expect: [["vehicle", "AB12 CDE"]] },
    {
      id: "age over 89, stated",
      input: "I'm 93 and my ankles are swollen",
      expect: [["age", "93"]],
    },
    {
      id: "age over 89, years old",
      input: "my nan is a 96-year-old with a cough",
      expect: [["age", "96"]],
    },
    {
      id: "age over 89, relative",
      input: "mum's 91 and confused since yesterday",
      expect: [["age", "91"]],
    },
    { id: "age over 89, aged", input: "patient aged 102, fell at home", expect: [["age", "102"]] },
  ];

const clinical = [
  { id: "doses and vitals", input: "took 500mg at 3pm, temp 38.5C, BP 140/90, pulse 110" },
  { id: "lab values", input: "A1c 7.2, sugar 2.1 mmol, eGFR 58, B12 2mg" },
  {
    id: "conditions with numbers",
    input: "Type 2 diabetes, COVID-19 last year, 34 weeks pregnant",
  },
  { id: "bare year and age", input: "diagnosed in 2019, I'm 67 and on Monday it got worse" },
  { id: "state, not a name", input: "I'm Tired and I'm Worried about Mum" },
  {
    id: "eponyms",
    input: "Parkinson's disease and Bell's palsy run in the family, also Graves disease",
  },
  { id: "verb may", input: "you may take 2 tablets every 4 hours" },
  { id: "doctor then sentence", input: "I saw my doctor. Risk is low, she said." },
  { id: "fractions and ranges", input: "take 1/2 a tablet, 2-3 times a day for 7-10 days" },
  { id: "ward words", input: "I'm on Ward 7, bed 12, level 3" },
  { id: "ages up to 89", input: "I'm 89, my dad's 72 and my son is 45 years old" },
  {
    id: "readings that look like old ages",
    input: "she is 95 kg, I'm 92% sure, sats 94, pulse 96 bpm, he's 98.6 degrees, BP 140 over 95",
  },
  { id: "long ago", input: "my gran had this 95 years ago, or so the story goes" },
] as const;

describe("PHI redaction", () => {
  test.each(identifiers)(
    "redacts $id with exact original offsets",
    ({ input, expect: entities }) => {
      expect(found(input)).toEqual(entities);
    },
  );

  test.each(clinical)("keeps clinical text intact: $id", ({ input }) => {
    expect(redactPhi(input)).toEqual({ redactedText: input, entities: [] });
  });

  test("replaces each entity with its placeholder and keeps the rest", () => {
    const text = "I'm Sarah Jones, DOB 03/14/1985, call 555-201-3344 about my 500mg dose";
    const { redactedText, entities } = redactPhi(text);
    expect(redactedText).toBe("I'm [NAME], DOB [DATE], call [PHONE] about my 500mg dose");
    expect(entities).toEqual([
      { type: "name", start: 4, end: 15 },
      { type: "date", start: 21, end: 31 },
      { type: "phone", start: 38, end: 50 },
    ]);
  });

  test("returns sorted, non-overlapping entities on a dense message", () => {
    const text =
      "Dr. Patel (fax 555-201-3399) saw my son Leo on 2024-05-02 at 10 Oak Road; email leo.m@example.net";
    const { entities } = redactPhi(text);
    for (let i = 1; i < entities.length; i += 1) {
      expect(entities[i - 1]?.end ?? 0).toBeLessThanOrEqual(entities[i]?.start ?? 0);
    }
    expect(entities.map((e) => e.type)).toEqual([
      "name",
      "fax",
      "name",
      "date",
      "address",
      "email",
    ]);
  });

  test("offsets stay in the original text when it has zero-width and astral characters", () => {
    const text = "😀 my name is Nadia and my number is 07700 900123";
    const { entities } = redactPhi(text);
    expect(entities.map((e) => text.slice(e.start, e.end))).toEqual(["Nadia", "07700 900123"]);
  });

  test("flags through the check with one rule id per type", async () => {
    expect(phiCheck).toMatchObject({ id: "input.phi", version: "1.0.0" });
    const report = await phiCheck.run(
      contextFor("my name is Omar, call 555-201-3344 or 555-201-3345"),
    );
    expect(report.verdict).toBe("flag");
    expect(report.ruleIds).toEqual(["input.phi.name", "input.phi.phone"]);
  });

  test("allows a message with nothing to redact", async () => {
    const report = await phiCheck.run(contextFor("what is a normal resting heart rate?"));
    expect(report.verdict).toBe("allow");
    expect(report.result.redactedText).toBe("what is a normal resting heart rate?");
  });
});

describe("PHI reasons for the ledger", () => {
  test("gives one plain-language reason per redacted type without the identifier", () => {
    const { entities } = redactPhi("my name is Omar, call 555-201-3344 or 555-201-3345");
    const reasons = phiReasons(entities);
    expect(reasons.map((r) => r.ruleId)).toEqual(["input.phi.name", "input.phi.phone"]);
    expect(reasons[1]?.text).toBe("The message contained a phone number, replaced with [PHONE].");
    expect(reasons.map((r) => r.text).join(" ")).not.toContain("Omar");
  });
});
