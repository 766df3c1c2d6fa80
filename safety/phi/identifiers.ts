// Catches identifying numbers: SSNs, medical record, account, member, plan and policy numbers,
// card numbers (Luhn) and IBANs (mod 97), licence, device serial and vehicle numbers (cue word +
// value, VINs, UK plates) and any other long number or code. Cue-less short numbers are left alone.

import type { PhiType } from "../types.ts";
import type { Candidate } from "./span.ts";
import { collect, digitCount } from "./span.ts";

const NUMBER_WORD = "(?:[ \\t]?(?:number|numbers|no\\.?|num|#|id|code|identifier))";
const LINK = "[ \\t]{0,3}(?:is|was|:|#|=|-)?[ \\t]{0,3}(?:is[ \\t]{1,3})?";
// Letters, digits and dashes, or spaced digit groups such as an NHS number ("485 777 3456").
const VALUE = "([A-Za-z0-9][A-Za-z0-9-]{2,24}(?: \\d{3,4})?(?: \\d{3,4})?)";
const PLATE = "([A-Za-z0-9]{1,4}[ -]?[A-Za-z0-9]{1,4}[ -]?[A-Za-z0-9]{0,4})";

function cued(cues: string, needsNumberWord: boolean, value = VALUE): RegExp {
  const word = needsNumberWord ? NUMBER_WORD : `${NUMBER_WORD}?`;
  return new RegExp(`\\b(?:${cues})\\b${word}${LINK}${value}`, "gid");
}

const CUES: ReadonlyArray<{ type: PhiType; pattern: RegExp }> = [
  {
    type: "ssn",
    pattern: cued(
      "ssn|social security(?: number| no\\.?)?|social sec",
      false,
      "(\\d{3}[ -]?\\d{2}[ -]?\\d{4})",
    ),
  },
  {
    type: "mrn",
    pattern: cued(
      "mrn|medical record(?: number| no\\.?)?|med rec|hospital (?:number|no\\.?|id)|patient (?:id|number|no\\.?)|nhs (?:number|no\\.?)|chi (?:number|no\\.?)|chart (?:number|no\\.?)|record (?:number|no\\.?)|case (?:number|no\\.?)",
      false,
    ),
  },
  {
    type: "account",
    pattern: cued("account|acct|a/c|member(?:ship)?|medicare|medicaid|iban|subscriber", false),
  },
  {
    type: "account",
    pattern: cued("policy|plan|group|card|claim|billing|insurance|beneficiary|invoice", true),
  },
  {
    type: "licence",
    pattern: cued(
      "driver'?s'? licen[cs]e|driving licen[cs]e|licen[cs]e(?! plate)|dl|certificate|cert|npi|dea|passport|permit",
      false,
    ),
  },
  {
    type: "device",
    pattern: cued(
      "serial(?: number| no\\.?)?|s/n|sn|device (?:id|number|serial)|imei|udi|model (?:number|no\\.?)|lot (?:number|no\\.?)|(?:pump|pacemaker|meter|monitor|implant) (?:id|serial)",
      false,
    ),
  },
  {
    type: "vehicle",
    pattern: cued(
      "licen[cs]e plate|number plate|plate|reg(?:istration)?(?: plate)?|vin|vehicle (?:id|identification number)",
      false,
      PLATE,
    ),
  },
  {
    type: "other_id",
    pattern: cued("id|identifier|reference|ref|ticket|confirmation|tracking", false),
  },
  {
    type: "other_id",
    pattern: cued("booking|order|employee|student|badge|customer|client|case", true),
  },
];

const UNIT = /^\d+(?:\.\d+)?(?:mg|mcg|ml|kg|g|units?|iu|mmol|bpm|cm|mm|hrs?|mins?)$/i;
const SSN = /\b\d{3}-\d{2}-\d{4}\b/g;
const CARD_RUN = /\b\d[\d -]{11,23}\d\b/g;
const IBAN_RUN = /\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,32}/g;
const VIN = /\b[A-HJ-NPR-Z0-9]{17}\b/g;
const UK_PLATE = /\b[A-Z]{2}\d{2} ?[A-Z]{3}\b/g;
const LONG_NUMBER = /\b\d{8,}\b/g;
const CODE = /\b[A-Za-z0-9-]{6,25}\b/g;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

function iban(compact: string): boolean {
  const moved = compact.slice(4) + compact.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const value = ch >= "A" && ch <= "Z" ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
}

function ibans(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const match of text.matchAll(IBAN_RUN)) {
    let run = match[0].trimEnd();
    while (run.replace(/ /g, "").length >= 15) {
      if (iban(run.replace(/ /g, ""))) {
        out.push({ type: "account", start: match.index, end: match.index + run.length });
        break;
      }
      run = run.slice(0, -1).trimEnd();
    }
  }
  return out;
}

function idValue(value: string): boolean {
  return value.length >= 4 && digitCount(value) >= 2 && !UNIT.test(value);
}

export function findIdentifiers(text: string): Candidate[] {
  const cuedSpans = CUES.flatMap(({ type, pattern }) =>
    collect(
      text,
      pattern,
      type,
      (value) =>
        type === "vehicle" ? digitCount(value) >= 1 && value.length >= 4 : idValue(value),
      1,
    ),
  ).map((span) => ({
    ...span,
    end: span.start + text.slice(span.start, span.end).trimEnd().length,
  }));
  return [
    ...cuedSpans,
    ...collect(text, SSN, "ssn"),
    ...collect(text, CARD_RUN, "account", (value) => {
      const digits = value.replace(/\D/g, "");
      return digits.length >= 13 && digits.length <= 19 && luhn(digits);
    }),
    ...ibans(text),
    ...collect(
      text,
      VIN,
      "vehicle",
      (value) => digitCount(value) >= 3 && /[A-Z].*[A-Z].*[A-Z]/.test(value),
    ),
    ...collect(text, UK_PLATE, "vehicle"),
    ...collect(text, LONG_NUMBER, "other_id"),
    ...collect(
      text,
      CODE,
      "other_id",
      (value) => /[A-Za-z]/.test(value) && /\d{4}/.test(value) && digitCount(value) >= 5,
    ),
  ];
}
