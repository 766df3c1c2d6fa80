// Catches dates tied to a person. Safe Harbor removes every element of such a date except the
// year, so a day with its month is redacted with or without a year: numeric (03/14/1985,
// 14.03.1985, 1985-03-14, 3/5/21), written (March 14, 1985; 14th March; the 3rd of May 2021; May
// the 3rd; 3-Mar-21), month and year ("since June 2021", "May '21"), and a day and month without a
// year after a date word ("born 12/5", "appointment on 3/4"). Bare years, months alone, weekdays,
// times, ages, durations and doses ("1/2 a tablet", "2-3 days", "A1c 7.2", "8/10 pain") are not.

import type { Candidate } from "./span.ts";

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\\.?";
const YEAR = "(?:19|20)\\d{2}";
const SHORT_YEAR = "(?:['’]\\d{2})";
const TIME = "(?:,? (?:at )?\\d{1,2}:\\d{2}(?::\\d{2})?(?: ?[ap]\\.?m\\.?)?)?";
const ORDINAL_WORD =
  "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty[- ]first)";

const NUMERIC = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b/g;
const ISO = new RegExp(`\\b${YEAR}([-/.])(\\d{1,2})\\1(\\d{1,2})\\b${TIME}`, "gi");
// "March 10 days ago" is a month and a duration.
const NOT_A_DAY =
  "(?![ \\t]?(?:days?|weeks?|months?|years?|hours?|hrs?|mins?|minutes?|times?|tablets?|pills?|mg|ml)\\b)";
const MONTH_DAY = new RegExp(
  `\\b${MONTH} (?:the )?(\\d{1,2})(st|nd|rd|th)?\\b${NOT_A_DAY}(?:,? ${YEAR}\\b)?${TIME}`,
  "gi",
);
const DAY_MONTH = new RegExp(
  `\\b(\\d{1,2})(st|nd|rd|th)?(?: of)? ${MONTH}(?:,? ${YEAR}\\b)?`,
  "gi",
);
const DAY_MON_YEAR = new RegExp(`\\b(\\d{1,2})([-/ ])${MONTH}\\2(?:${YEAR}|\\d{2})\\b`, "gi");
const WORD_DATES = new RegExp(
  `\\b(?:(?:the )?${ORDINAL_WORD} of ${MONTH}|${MONTH} (?:the )?${ORDINAL_WORD})\\b(?:,? ${YEAR}\\b)?`,
  "gi",
);
const MONTH_YEAR = new RegExp(`\\b${MONTH},? (?:${YEAR}\\b|${SHORT_YEAR}(?!\\d))`, "gi");
const MONTH_SLASH_YEAR = /\b(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2}\b/g;
// A day and month with no year only after a word that makes it a date: "born 12/5".
const CUED_DAY_MONTH =
  /\b(?:born|dob|d\.o\.b\.?|birthday|date of birth|admitted|discharged|appointment|appt|scheduled|booked|surgery|operation|procedure|due date|due|died|passed away|seen|visited|dated|since|until|till)(?:[ \t]{1,2}(?:is|was|on|for|date|at)){0,2}[ \t]{0,2}:?[ \t]{0,2}(\d{1,2})\/(\d{1,2})(?![\d/.,]?\d|[ \t]*(?:of|days?|weeks?|months?|years?|hours?|times?|tablets?|pills?|doses?|mg|ml|pain|on the))/dgi;

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
  const month = /[A-Za-z]{3,}/.exec(text.replace(/\b(?:of|the)\b/gi, ""))?.[0] ?? "";
  return /^[A-Z]/.test(month);
}

function spans(
  text: string,
  pattern: RegExp,
  accept: (match: RegExpExecArray) => boolean,
  group = 0,
): Candidate[] {
  const out: Candidate[] = [];
  for (const match of text.matchAll(pattern)) {
    if (!accept(match)) continue;
    const [start, end] =
      group === 0
        ? [match.index, match.index + match[0].length]
        : [match.indices?.[group]?.[0] ?? match.index, match.indices?.[group + 1]?.[1] ?? 0];
    out.push({ type: "date", start, end });
  }
  return out;
}

const ANY_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

export function findDates(text: string): Candidate[] {
  // Every date form has a digit or an ordinal word, and all but the numeric ones a month.
  const written = ANY_MONTH.test(text);
  if (!/\d/.test(text)) return written ? spans(text, WORD_DATES, capitalMonthOrYear) : [];
  const numeric = [
    ...spans(text, ISO, (m) => validDay(Number(m[3]), Number(m[2]))),
    ...spans(text, NUMERIC, numericDate),
    ...spans(text, MONTH_SLASH_YEAR, () => true),
    ...spans(
      text,
      CUED_DAY_MONTH,
      (m) => validDay(Number(m[1]), Number(m[2])) || validDay(Number(m[2]), Number(m[1])),
      1,
    ),
  ];
  if (!written) return numeric;
  return [
    ...numeric,
    ...spans(text, MONTH_DAY, (m) => Number(m[1]) >= 1 && Number(m[1]) <= 31 && writtenDate(m)),
    ...spans(text, DAY_MONTH, (m) => Number(m[1]) >= 1 && Number(m[1]) <= 31 && writtenDate(m)),
    ...spans(text, DAY_MON_YEAR, (m) => Number(m[1]) >= 1 && Number(m[1]) <= 31),
    ...spans(text, WORD_DATES, capitalMonthOrYear),
    ...spans(text, MONTH_YEAR, writtenDateOrYear),
  ];
}

const MONTH_WORD = new RegExp(`\\b${MONTH}`, "i");

function capitalMonthOrYear(match: RegExpExecArray): boolean {
  const month = MONTH_WORD.exec(match[0].replace(/^(?:the )?\S+ of /i, ""))?.[0] ?? "";
  return /\d{4}/.test(match[0]) || /^[A-Z]/.test(month);
}

// "since may 2021" is a date; "may '21" needs a capital month.
function writtenDateOrYear(match: RegExpExecArray): boolean {
  return /\d{4}/.test(match[0]) || writtenDate(match);
}
