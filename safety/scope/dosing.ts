// Catches personal dosing decisions: starting, stopping or changing a medicine or dose, or how much
// a particular person should take or be given ("can I double my metformin", "how many of my
// sleeping pills can I take"). General questions ("is it generally safe to take X with Y") do not fire.

import { MED, SUBJECT } from "./lexicon.ts";
import type { ScopeRule } from "./scope-rule.ts";

const ASK =
  "(?:can|could|should|shall|may|must|do|would it be (?:ok|okay|safe|fine|alright|bad) (?:if|to|for me to)|is it (?:ok|okay|safe|fine|alright|bad|dangerous)(?: for (?:me|him|her|us|them|my \\w+))? (?:if|to)|am i (?:allowed|ok|okay) to|is there any harm in)";
const CHANGE =
  "(?:double|triple|increase|decrease|reduce|lower|raise|up|cut|halve|skip|stop|quit|discontinue|come off|go off|get off|taper|wean(?: myself| him| her)? off|split|crush|switch|change|adjust|(?:keep|continue|start|begin) (?:taking|using|on)|take (?:more|less|extra|another|an extra|a double|double|two|three|four|five|\\d+|half|a higher|a lower|a bigger))";
const OWNED = "(?:my|his|her|their|our|the|this|these|that|those|a|an|another|one|two|\\d+)";
const NOT_INFO = "(?! (?:tips|advice|information|info|facts|guidance|side effects|leaflet)\\b)";
const PERSONAL_SUBJECT = `(?:${SUBJECT}|you)`;

export const dosingRule: ScopeRule = {
  category: "dosing",
  ruleId: "input.scope.dosing",
  text: "Asks whether to start, stop or change a medicine or dose, or how much to take; that needs a pharmacist or the care team.",
  patterns: [
    // "can I double my metformin", "should I stop my blood pressure pills"; a general "is it safe
    // to stop taking statins" names nobody and stays in scope.
    new RegExp(
      `\\b${ASK} ${SUBJECT} ${CHANGE} (?:taking |using |on )?(?:of )?${OWNED}? ?(?:\\w+ ){0,3}?${MED}\\b${NOT_INFO}`,
    ),
    new RegExp(
      `\\b${ASK} ${CHANGE} (?:taking |using |on )?(?:of )?(?:my|his|her|their|our) (?:\\w+ ){0,3}?${MED}\\b${NOT_INFO}`,
    ),
    // "is it ok for me to stop taking it": the subject is personal even without naming the medicine
    new RegExp(
      `\\b(?:${ASK} ${SUBJECT}|for (?:me|him|her|my \\w+) to) ${CHANGE} (?:taking |using )?(?:it|them|this|these)\\b`,
    ),
    new RegExp(
      `\\bhow (?:many|much) (?:of )?(?:${OWNED} )?(?:\\w+ ){0,2}?${MED} (?:\\w+ ){0,3}?(?:can|should|could|may|do|must|shall) ${PERSONAL_SUBJECT} (?:safely )?(?:take|have|give|use)\\b`,
    ),
    new RegExp(
      `\\bhow (?:many|much) (?:can|should|could|may|do|must|shall) ${SUBJECT} (?:safely )?(?:take|have|give|use)(?:[?.!]|$| (?:in a day|per day|a day|at once|at a time|daily|a week|each time|in 24 hours)|(?: of)? ${OWNED}? ?(?:\\w+ ){0,2}?${MED}\\b)`,
    ),
    new RegExp(
      `\\bwhat (?:dose|dosage|strength|amount|mg) (?:of (?:\\w+ ){1,2})?(?:should|can|could|do|must|would) ${PERSONAL_SUBJECT} (?:take|give|use|be on|start (?:on|with))\\b`,
    ),
    /\bwhat (?:dose|dosage|amount) (?:of (?:\w+ ){1,2})?is (?:right|safe|best|ok|okay) for (?:me|him|her|my \w+)\b/,
    new RegExp(
      `\\b(?:can|could|should|may|do) (?:i|we) give (?:my|our|a|the|him|her|them)\\b[^.?!\\n]{0,40}?\\b${MED}\\b`,
    ),
    new RegExp(
      `\\b(?:can|could|would|will) you (?:please )?(?:increase|decrease|lower|raise|change|adjust|up|reduce|double|halve) (?:my|his|her|the) (?:\\w+ )?(?:dose|dosage|${MED})\\b`,
    ),
  ],
};
