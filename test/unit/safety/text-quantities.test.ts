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
