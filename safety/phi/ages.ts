// Ages over 89 are identifiers under HIPAA Safe Harbor (few people are that old); younger ages are
// not, and the model needs them. Only the number is replaced, with a placeholder that keeps the
// clinical meaning ("90 or older"). Readings that merely look like ages are left alone.

import { type Candidate, collect } from "./span.ts";

const OLDEST = 130;
// "93 years old", "93-year-old", "93 yrs", "93yo" — but not "93 years ago".
const NUMBER_THEN_YEARS = /\b(\d{2,3})(?=[\s-]*(?:years?|yrs?|y\.?o)\b(?![\s-]*ago\b))/dgi;
// "aged 93", "age: 93", "turned 93", "I'm 93", "mum's 93", "she is 93".
const CUE_THEN_NUMBER =
  /\b(?:aged?:?|turn(?:ed|ing|s)?|i'?m|i am|(?:he|she|they|who)(?:'s| is| are)|(?:mum|mom|mother|dad|father|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|nan|nana|husband|wife|partner|aunt|uncle|neighbou?r|patient)(?:'s| is))\s+(\d{2,3})\b/dgi;
// A unit or reading straight after the number means it is not an age ("she is 95 kg", "I'm 92%").
const NOT_AN_AGE =
  /^\s*(?:%|percent|kg|kgs|kilos?|lbs?|pounds|stone|st\b|cm|mm|bpm|beats|degrees|°|mg|ml|mmol|over|\/|\.\d|,\d)/i;

function isOld(value: string, match: RegExpExecArray): boolean {
  const age = Number(value);
  if (age < 90 || age > OLDEST) return false;
  const after = match.input.slice(match.index + match[0].length);
  return !NOT_AN_AGE.test(after);
}

export function findAges(text: string): Candidate[] {
  return [
    ...collect(text, NUMBER_THEN_YEARS, "age", isOld, 1),
    ...collect(text, CUE_THEN_NUMBER, "age", isOld, 1),
  ];
}
