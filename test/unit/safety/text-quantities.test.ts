import { describe, expect, test } from "vitest";
import { readDocument } from "../../../safety/text/document.ts";
import type { Quantity } from "../../../safety/text/quantities.ts";

function quantities(text: string, kind: Quantity["kind"]): number[] {
  return readDocument(text)
    .quantities.filter((q) => q.kind === kind)
    .map((q) => Math.round(amountOf(q) * 10) / 10);
}

function amountOf(q: Quantity): number {
  switch (q.kind) {
    case "temperature":
      return q.celsius;
    case "age":
      return q.months;
    case "gestation":
      return q.weeks;
    case "glucose":
      return q.mmol;
    case "duration":
      return q.days;
    case "minutes":
      return q.minutes;
    case "bloodPressure":
      return q.systolic * 1000 + q.diastolic;
    default:
      return q.count;
  }
}

describe("temperatures", () => {
  test.each([
    { id: "decimal comma", input: "my 6 week old is 38,2", expect: [38.2] },
    { id: "Fahrenheit glued", input: "she is 100.4F", expect: [38] },
    { id: "Celsius with degree sign", input: "temp 38.5°C", expect: [38.5] },
    { id: "degrees without scale, Celsius range", input: "it's 38.5 degrees", expect: [38.5] },
    { id: "degrees without scale, Fahrenheit range", input: "101 degrees", expect: [38.3] },
    { id: "a temp of 101", input: "he has a temp of 101", expect: [38.3] },
    { id: "bare decimal", input: "she's 38.3 now", expect: [38.3] },
    { id: "fever of 39", input: "fever of 39 since yesterday", expect: [39] },
    { id: "ALL CAPS", input: "TEMP IS 102F", expect: [38.9] },
  ])("reads $id", ({ input, expect: want }) => {
    expect(quantities(input, "temperature")).toEqual(want);
  });

  test.each([
    { id: "an adult's age", input: "she's 38 and has a headache" },
    { id: "a pregnancy week", input: "I'm 38 weeks pregnant" },
    { id: "a blood sugar", input: "my sugar is 38.5 on the meter" },
    { id: "a weight", input: "he weighs 38.5 kg" },
  ])("does not read a temperature from $id", ({ input }) => {
    expect(quantities(input, "temperature")).toEqual([]);
  });
});

describe("ages", () => {
  test.each([
    { id: "6 week old", input: "my 6 week old has a rash", expect: [1.4] },
    { id: "hyphenated", input: "my 6-week-old is hot", expect: [1.4] },
    { id: "2mo", input: "baby 2mo", expect: [2] },
    { id: "10 days old", input: "she is 10 days old", expect: [0.3] },
    { id: "newborn", input: "our newborn is sleepy", expect: [0.5] },
    { id: "4yo", input: "my 4yo fell", expect: [48] },
    { id: "18 months", input: "he's 18 months", expect: [18] },
    { id: "a baby is 7 weeks", input: "my baby is 7 weeks", expect: [1.6] },
  ])("reads $id in months", ({ input, expect: want }) => {
    expect(quantities(input, "age")).toEqual(want);
  });

  test("reads pregnancy weeks for an adult, not an age", () => {
    expect(quantities("my wife is 34 weeks", "gestation")).toEqual([34]);
    expect(quantities("my wife is 34 weeks", "age")).toEqual([]);
  });

  test("does not read an age from 'twice a day'", () => {
    expect(quantities("my son takes it twice a day", "age")).toEqual([]);
  });
});

describe("other quantities", () => {
  test("reads blood glucose in mmol/L and converts mg/dL", () => {
    expect(quantities("sugar is 2.1", "glucose")).toEqual([2.1]);
    expect(quantities("bg 450 mg/dl", "glucose")).toEqual([25]);
  });

  test("reads durations from numbers and words", () => {
    expect(quantities("cough for 3 weeks", "duration")).toEqual([21]);
    expect(readDocument("heartburn most days").durations.map((d) => d.days)).toEqual([14]);
  });

  test("reads minutes of a seizure", () => {
    expect(quantities("he's been fitting for 10 mins", "minutes")).toEqual([10]);
  });
});

describe("blood pressure", () => {
  const bp = (text: string) =>
    readDocument(text)
      .quantities.filter((q) => q.kind === "bloodPressure")
      .map((q) => (q.kind === "bloodPressure" ? `${q.systolic}/${q.diastolic}` : ""));

  test.each([
    { id: "glued pair with a pressure word", input: "my bp is 150/95", expect: ["150/95"] },
    {
      id: "glued pair that can only be a reading",
      input: "185/112 this morning",
      expect: ["185/112"],
    },
    { id: "spoken 'over'", input: "blood pressure 190 over 120", expect: ["190/120"] },
    { id: "spaced slash", input: "home monitor says 160 / 100", expect: ["160/100"] },
    {
      id: "several readings",
      input: "readings 150/95, 148/92 and 155/99",
      expect: ["150/95", "148/92", "155/99"],
    },
  ])("reads $id", ({ input, expect: want }) => {
    expect(bp(input)).toEqual(want);
  });

  test.each([
    { id: "a date", input: "my appointment is on 12/05" },
    { id: "odds", input: "it's 24/7 at the moment" },
    { id: "a score without a pressure word", input: "pain is 9/10" },
    { id: "'over' without a pressure word", input: "he scored 120 over 80 in the game" },
    { id: "diastolic above systolic", input: "bp 80/120" },
  ])("does not read $id", ({ input }) => {
    expect(bp(input)).toEqual([]);
  });
});

describe("stated ages", () => {
  test.each([
    { id: "I'm 72", input: "I'm 72 and my knee hurts", expect: [864] },
    { id: "mum's 75", input: "mum's 75", expect: [900] },
    { id: "my son is 8", input: "my son is 8 and wets the bed", expect: [96] },
    { id: "aged 55", input: "woman aged 55 with a cough", expect: [660] },
  ])("reads $id in months", ({ input, expect: want }) => {
    expect(quantities(input, "age")).toEqual(want);
  });

  test("a baby 'is 39' has a temperature, not an age", () => {
    expect(quantities("my baby is 39", "temperature")).toEqual([39]);
    expect(quantities("my baby is 39", "age")).toEqual([]);
  });

  test.each(["my son is 38", "the score is 72", "I am 3 streets away"])(
    "reads no age from '%s'",
    (input) => {
      expect(quantities(input, "age")).toEqual([]);
    },
  );
});
