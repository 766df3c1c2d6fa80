// Catches requests that are plainly outside health: essays, code, sports, recipes, trivia. It
// fires only on a clear non-health task with no health word anywhere in the message, so "a healthy
// recipe for diabetics" or "how do I kill a cold fast" stay in scope.

import { CONDITION, MED } from "./lexicon.ts";
import type { ScopeRule } from "./scope-rule.ts";

const TASK = [
  /\b(?:write|draft|compose|proofread|rewrite|edit|finish|do) (?:me |my )?(?:a |an |my |the |this )?(?:\w+ )?(?:essay|poem|story|song|lyrics|cover letter|resume|cv|homework|assignment|speech|blog post|article|tweet|caption|novel|screenplay|business plan|marketing|sales pitch|haiku|limerick|rap)\b/,
  /\b(?:python|javascript|typescript|java|c\+\+|c#|golang|rust|sql|html|css|regex|react|node\.?js|git|docker|kubernetes|linux|bash|powershell|excel formula|spreadsheet formula|compile|compiler|stack ?trace|null pointer|segfault|syntax error|source code|a function that|a script that|an? (?:app|website) that|unit tests?|for loop|process id)\b/,
  /\b(?:scores?|who won|who will win|fixtures?|league table|standings|kick-?off|halftime|playoffs?|world cup|super bowl|premier league|champions league|nba|nfl|mlb|nhl|formula 1|grand prix)\b/,
  /\b(?:recipe|recipes|how (?:do i|to) (?:bake|cook|roast|grill|fry)|baking time|oven temperature)\b/,
  /\b(?:capital (?:city )?of|population of|who (?:wrote|painted|invented|discovered|directed|composed|founded)|what year did|tallest (?:mountain|building)|longest river|largest (?:ocean|country|planet)|how far is the moon)\b/,
  /\b(?:weather (?:forecast|today|tomorrow|in)|stock price|share price|bitcoin|crypto(?:currency)?|exchange rate|lottery numbers|horoscope)\b/,
  /\b(?:tell me a joke|a riddle|play a game|trivia|movie recommendations?|what should i watch|netflix|video games?|minecraft|fortnite)\b/,
  /\b(?:book (?:a |me a )?(?:flight|hotel|table)|cheap flights|holiday destinations?|car insurance|mortgage|tax return|solve (?:this|the) (?:equation|puzzle|problem)|math homework|maths homework|derivative of|integral of)\b/,
];

const HEALTH =
  "health|healthy|medical|clinic|hospital|doctor|dr|gp|nurse|pharmacist|pharmacy|surgeon|dentist|therapist|midwife|appointment|symptoms?|pain|painful|ache|aches|aching|hurts?|hurting|sore|fever|temperature|cough|cold|flu|sick|ill|illness|nausea|vomit\\w*|diarrh\\w*|rash|itch\\w*|swollen|swelling|bleed\\w*|blood|injur\\w*|wound|cut|burn|bruise|infection|virus|bacteria|allerg\\w*|diet|dietary|nutrition|calories|weight|bmi|exercise|sleep|tired|fatigue|stress|anxi\\w*|depress\\w*|mood|mental|pregnan\\w*|baby|period|vaccin\\w*|jab|test results?|scan|x-?ray|mri|surgery|operation|heart|lungs?|kidney|liver|stomach|skin|bone|joint|muscle|brain|head|chest|back|throat|eye|ear|nose|teeth|tooth|diabetic|diabetics|sugar|cholesterol|low-?fat|low-?salt|gluten|lactose|vegan|protein|snake|bite|sting|poison\\w*|overdose|suicid\\w*|kill myself|self-?harm";

const HEALTHY = new RegExp(`\\b(?:${HEALTH}|${MED}|${CONDITION})\\b`);

export const nonHealthRule: ScopeRule = {
  category: "non_health",
  ruleId: "input.scope.non_health",
  text: "Asks for help with something other than health, which careline is not for.",
  patterns: TASK,
};

/** A clear non-health task and not a single health word anywhere in the message. */
export function isNonHealth(folded: string): boolean {
  return TASK.some((pattern) => pattern.test(folded)) && !HEALTHY.test(folded);
}
