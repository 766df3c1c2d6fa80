// Catches dates tied to a person: numeric (03/14/1985, 14.03.1985, 1985-03-14), written (March 14,
// 1985; 14th March 1985), month and day ("on March 14th") and month and year ("since June 2021").
// Bare years, ages, weekdays, times, doses and lab values ("A1c 7.2", "34 weeks") are not dates.

import type { Candidate } from "./span.ts";

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const YEAR = "(?:19|20)\\d{2}";
const TIME = "(?:,? (?:at )?\\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[ap]\\.?m\\.?)?)?";

const NUMERIC = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/g;
const ISO = new RegExp(`\\b${YEAR}([-/.])(\\d{1,2})\\1(\\d{1,2})\\b${TIME}`, "gi");
const MONTH_DAY = new RegExp(
  `\\b${MONTH} (\\d{1,2})(st|nd|rd|th)?\\b(?:,? ${YEAR}\\b)?${TIME}`,
  "gi",
);
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(st|nd|rd|th)?(?: of)? ${MONTH}(?:,? ${YEAR}\\b)?`,
  "gi",
);
const MONTH_YEAR = new RegExp(`\\b${MONTH},? ${YEAR}\\b`, "gi");
const MONTH_SLASH_YEAR = /\b(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}\b/g;

function validDay(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function numericDate(match: RegExpExecArray): boolean {
  const a = Number(match[1]);
  const b = Number(match[3]);
  return validDay(a, b) || validDay(b, a);
}

// "may 3" is usually a verb and a dose; a written date needs a capital month, an ordinal or a year.
function writtenDate(match: RegExpExecArray): boolean {
  const text = match[0];
  if (/\d{4}/.test(text) || /\d(?:st|nd|rd|th)\b/i.test(text)) return true;
  const month = /[A-Za-z]{3,}/.exec(text.replace(/\bof\b/i, ""))?.[0] ?? "";
  return /^[A-Z]/.test(month);
}

function spans(
  text: string,
  pattern: RegExp,
  accept: (match: RegExpExecArray) => boolean,
): Candidate[] {
  const out: Candidate[] = [];
  for (const match of text.matchAll(pattern)) {
    if (accept(match))
      out.push({ type: "date", start: match.index, end: match.index + match[0].length });
  }
  return out;
}

export function findDates(text: string): Candidate[] {
  return [
    ...spans(text, ISO, (m) => validDay(Number(m[3]), Number(m[2]))),
    ...spans(text, NUMERIC, numericDate),
    ...spans(text, MONTH_DAY, (m) => Number(m[1]) <= 31 && writtenDate(m)),
    ...spans(text, DAY_MONTH, (m) => Number(m[1]) >= 1 && Number(m[1]) <= 31 && writtenDate(m)),
    ...spans(text, MONTH_YEAR, () => true),
    ...spans(text, MONTH_SLASH_YEAR, () => true),
  ];
}
