// Catches requests for careline to decide what a person has: "do I have diabetes?", "what is wrong
// with me", "diagnose me", "is this cancer?". Questions about possibilities and symptoms ("could it
// be my thyroid?", "what are the symptoms of diabetes") are health education and do not fire.

import { CONDITION, SUBJECT } from "./lexicon.ts";
import type { ScopeRule } from "./scope-rule.ts";

const HEDGE = "(?:still |really |actually |maybe |possibly |definitely |already |just )?";
// "flu tests", "diabetes diet": the condition is a topic, not a verdict being asked for.
const NOT_A_TOPIC =
  "(?! (?:symptoms?|signs?|risks?|tests?|testing|screening|treatments?|season|vaccines?|shots?|jabs?|friendly|safe|diets?|foods?|medications?|medicines?|meds|awareness|month|related|clinics?|specialists?|nurses?|support|otc|over the counter)\\b)";
const FINDING =
  "(?:lump|rash|spot|bump|mole|growth|swelling|mark|patch|blister|sore|discharge|cyst|bruise|pimple|boil|wart|welt|lesion|thing (?:on|in|under|near) my)";

export const diagnosisRule: ScopeRule = {
  category: "diagnosis",
  ruleId: "input.scope.diagnosis",
  text: "Asks careline to decide what condition someone has; careline can share information but cannot diagnose.",
  patterns: [
    new RegExp(
      `\\b(?:do|does|did) ${SUBJECT} ${HEDGE}(?:have|has|got) (?:the |some |any )?${CONDITION}\\b${NOT_A_TOPIC}`,
    ),
    new RegExp(
      `\\b(?:have|has) ${SUBJECT} ${HEDGE}(?:got|caught|contracted|developed) (?:the |some )?${CONDITION}\\b`,
    ),
    new RegExp(
      `\\b(?:do you think|does (?:it|this|that) sound like|would you say|can you tell (?:me )?(?:if|whether)|tell me (?:if|whether)|are you sure|confirm (?:that |if |whether )?) ${SUBJECT} ${HEDGE}(?:have|has|got|am|is|are)\\b`,
    ),
    new RegExp(
      `\\b(?:is|are) (?:this|it|that|these|those|my \\w+|the \\w+ on my \\w+) (?:${CONDITION})\\b${NOT_A_TOPIC}`,
    ),
    /\b(?:am i|is (?:he|she|my \w+)) (?:having|getting) (?:a |an )?(?:heart attack|stroke|miscarriage|panic attack|seizure|allergic reaction|breakdown)\b/,
    /\bam i (?:diabetic|anaemic|anemic|pregnant|depressed|bipolar|autistic|allergic to|infected|dying)\b/,
    /\bwhat(?:'s| is) (?:wrong|going on) with (?:me|my (?:\w+ ){0,2}?\w+|him|her|them)\b/,
    new RegExp(
      `\\bwhat (?:do|does|did) ${SUBJECT} (?:have|has|got)\\b(?! to\\b)(?! (?:for|in|on) )`,
    ),
    new RegExp(
      `\\bwhat (?:disease|condition|illness|infection|disorder|sickness|virus|bug|(?:kind|type|sort) of (?:\\w+ )?(?:rash|infection|disease|condition|illness|diabetes|cancer|headache|lump|bite|virus|bug|tumou?r)) (?:do|does|did|have|might|could|is it|is this|is that) ${SUBJECT}?`,
    ),
    /\b(?:can|could|would|will) you (?:please )?diagnose\b|\bdiagnose (?:me|my|this|him|her|it|them)\b/,
    /\b(?:give|tell|send) (?:me|us) (?:a|my|the|your) diagnosis\b|\bwhat(?:'s| is) (?:my|your) diagnosis\b/,
    /\btell me what (?:disease|condition|illness|infection|i have|i've got|he has|she has|is wrong|this is|it is|'s wrong|i am suffering)/,
    new RegExp(`\\bwhat(?:'s| is) (?:this|that|the) ${FINDING}`),
  ],
};
