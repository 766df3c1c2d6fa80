// Catches personal dosing decisions: starting, stopping or changing a medicine or dose, or how much
// or how often a particular person should take or be given ("can I double my metformin", "I missed
// a dose, should I take two?", "can I take ibuprofen with my blood pressure pills", "how much Calpol
// for my 3 year old"). General and label questions ("is it generally safe to take X with Y", "what
// is the maximum dose on the packet", "how does it work") do not fire.

import { MED, RECIPIENT, SUBJECT } from "./lexicon.ts";
import type { ScopeRule } from "./scope-rule.ts";

const ADVERB = "(?:still |safely |also |now |just |really |then |even |ever |actually )?";
// Who asks about themselves or someone they look after, in any of the usual question shapes.
const ASK_PERSONAL = `(?:(?:can|could|should|shall|may|must|do|would) ${SUBJECT}|(?:is it|would it be|will it be|is that) (?:ok|okay|safe|fine|alright|all right|bad|dangerous|wise|a good idea|a bad idea|harmful|too late|too soon|better) (?:for (?:me|him|her|us|them|${SUBJECT}) to|if ${SUBJECT})|(?:am i|are we|is (?:he|she|my \\w+)) (?:allowed|ok|okay|able|safe|fine|supposed|meant) to|is there any harm in|any harm in|do you think ${SUBJECT} (?:can|should|could))`;
const ASK = `(?:${ASK_PERSONAL}|(?:is it|would it be) (?:ok|okay|safe|fine|alright|bad|dangerous)(?: for (?:me|him|her|us|them|my \\w+))? (?:if|to))`;
const CHANGE =
  "(?:double|triple|increase|decrease|reduce|lower|raise|up|cut|halve|skip|stop|quit|discontinue|come off|go off|get off|taper|wean(?: myself| him| her)? off|split|crush|chew|switch|swap|change|adjust|alternate|combine|mix|space out|delay|postpone|(?:keep|continue|start|begin|carry on) (?:taking|using|on|with)|take (?:more|less|extra|another|an extra|a double|double|two|three|four|five|\\d+|half|a higher|a lower|a bigger|a smaller|both|it|them))";
const OWNED =
  "(?:my|his|her|their|our|the|this|these|that|those|a|an|another|one|two|\\d+|some|any|more)";
// "my mum's tablets", "my blue inhaler": a few words between the owner and the medicine.
const FILLER = "(?:[\\w'-]+ ){0,3}?";
const NOT_INFO =
  "(?! (?:tips|advice|information|info|facts|guidance|side effects|leaflet|with (?:food|meals?|milk|water|juice)|on an empty stomach)\\b)";
const PERSONAL_SUBJECT = `(?:${SUBJECT}|you)`;
// "can I have some antibiotics" asks for a supply (prescription), not a dosing decision.
const TAKE =
  "(?:take|have(?! (?:some|more|a course|a prescription|a supply|a script)\\b)|give|use|start|try|be given|be on)";

export const dosingRule: ScopeRule = {
  category: "dosing",
  ruleId: "input.scope.dosing",
  text: "Asks whether to start, stop or change a medicine or dose, or how much to take; that needs a pharmacist or the care team.",
  patterns: [
    // "can I double my metformin", "should I stop my blood pressure pills"; a general "is it safe
    // to stop taking statins" names nobody and stays in scope.
    new RegExp(
      `\\b${ASK_PERSONAL} ${ADVERB}${CHANGE} (?:taking |using |on |with )?(?:of )?${OWNED}? ?${FILLER}${MED}\\b${NOT_INFO}`,
    ),
    new RegExp(
      `\\b${ASK} ${ADVERB}${CHANGE} (?:taking |using |on )?(?:of )?(?:my|his|her|their|our) ${FILLER}${MED}\\b${NOT_INFO}`,
    ),
    // "is it ok for me to stop taking it", "can I double up tonight"
    new RegExp(
      `\\b(?:${ASK_PERSONAL}|for (?:me|him|her|my \\w+) to) ${ADVERB}(?:${CHANGE}) (?:taking |using )?(?:it|them|this|these|up|the dose|my dose|a dose|doses)\\b`,
    ),
    // "can I take ibuprofen with my pills", "I'm pregnant, can I take ibuprofen?", "am I allowed
    // to take Tylenol", "should I still use my expired inhaler": a personal start.
    new RegExp(
      `(?<!\\b(?:when|what time|how|where|why|which way) )\\b${ASK_PERSONAL} ${ADVERB}${TAKE} (?:${OWNED} )?${FILLER}${MED}\\b${NOT_INFO}`,
    ),
    // "I missed a dose, should I take two?", "forgot my tablet this morning, can I take it now?"
    new RegExp(
      `\\b(?:missed|forgot|forgotten|skipped|didn't take|did not take|not taken|haven't taken|vomited up|threw up|sick after)\\b[^?]{0,100}?\\b(?:should|can|could|do|shall|must|is it (?:ok|okay|safe|fine)(?: for (?:me|him|her))? to) (?:i |we |he |she |my \\w+ )?${ADVERB}(?:take|have|give|double|make (?:it )?up|catch up|repeat)\\b`,
    ),
    /\b(?:missed|forgot|forgotten|skipped|didn't take|did not take|not taken|haven't taken)\b[^?]{0,100}?\bwhat (?:should|do|can|shall) (?:i|we|he|she) do (?:about|with|now|next)\b/,
    // "how long can I go without my levothyroxine?", "can I manage without my inhaler for a week?"
    new RegExp(
      `\\b(?:how long|how many days|(?:can|could|should) ${SUBJECT}|is it (?:ok|okay|safe|fine) (?:for (?:me|him|her) )?to) (?:can ${SUBJECT} )?(?:go|last|manage|survive|be|do|cope) without (?:taking |using |having )?(?:${OWNED} )?${FILLER}${MED}\\b`,
    ),
    // "what's the right dose of melatonin for me?"
    new RegExp(
      `\\bwhat(?:'s| is|'d be| would be| should be)? (?:the |a |my )?(?:right|correct|best|safe|safest|ideal|max(?:imum)?|usual|proper|recommended|starting) (?:dose|dosage|amount|strength|quantity|number) (?:of (?:[\\w'-]+ ){1,3})?(?:is (?:right|safe|best|ok|okay|correct) )?for (?:me|him|her|them|${SUBJECT})\\b`,
    ),
    // "how many paracetamol should I take", "how much Calpol can I give my 3 year old"
    new RegExp(
      `\\bhow (?:many|much|often|frequently) (?:of )?(?:${OWNED} )?${FILLER}${MED}\\b[^.?!\\n]{0,40}?\\b(?:can|should|could|may|do|must|shall|would) ${PERSONAL_SUBJECT} ${ADVERB}(?:take|have|give|use)\\b`,
    ),
    new RegExp(
      `\\bhow (?:many|much|often|frequently) (?:can|should|could|may|do|must|shall) ${SUBJECT} ${ADVERB}(?:take|have|give|use)(?:[?.!]|$| (?:in a day|per day|a day|at once|at a time|daily|a week|each time|in 24 hours|it|them|this|these)|(?: of)? ${OWNED}? ?${FILLER}${MED}\\b)`,
    ),
    new RegExp(`\\bhow (?:much|many) ${FILLER}${MED} (?:for|to give) ${RECIPIENT}\\b`),
    // "what's the most paracetamol I can take", "what dose of ibuprofen for my son"
    new RegExp(
      `\\b(?:most|max(?:imum)?|highest|safest|right|correct|best|how much) (?:amount |dose |number |dosage )?(?:of )?${FILLER}${MED}\\b[^.?!\\n]{0,20}?\\b(?:that )?${SUBJECT} (?:can|should|could|may) ${ADVERB}(?:take|have|give|use)\\b`,
    ),
    new RegExp(
      `\\bwhat(?:'s| is)? the (?:most|max(?:imum)?|highest) (?:that )?${SUBJECT} (?:can|should|could|may) ${ADVERB}(?:take|have|give|use)\\b`,
    ),
    new RegExp(
      `\\bwhat (?:dose|dosage|strength|amount|mg|quantity|size) (?:of (?:[\\w'-]+ ){1,2})?(?:should|can|could|do|must|would) ${PERSONAL_SUBJECT} (?:take|give|use|be on|start (?:on|with))\\b`,
    ),
    new RegExp(
      `\\bwhat (?:dose|dosage|amount|strength|quantity) (?:of (?:[\\w'-]+ ){1,2})?(?:is (?:right|safe|best|ok|okay|correct) )?for ${RECIPIENT}\\b`,
    ),
    // "is 100mg of sertraline too high for me?", "is my dose too low?"
    /\b\d+(?:\.\d+)? ?(?:mg|mcg|micrograms?|ml|g|units?|iu|tablets?|pills?|puffs?)\b[^.?!\n]{0,40}?\b(?:too (?:high|low|much|strong|weak|little|many)|enough|(?:the )?right (?:dose|amount))\b[^.?!\n]{0,15}?\bfor (?:me|him|her|my \w+)\b/,
    /\bis (?:my|his|her) (?:[\w'-]+ ){0,2}?(?:dose|dosage) (?:too (?:high|low|much|strong|weak)|enough|right|correct|safe|ok|okay)\b/,
    new RegExp(
      `\\b(?:can|could|should|may|do) (?:i|we) give (?:my|our|a|an|the|him|her|them)\\b[^.?!\\n]{0,40}?\\b${MED}\\b`,
    ),
    new RegExp(
      `\\b(?:can|could|would|will) you (?:please )?(?:increase|decrease|lower|raise|change|adjust|up|reduce|double|halve) (?:my|his|her|the) (?:\\w+ )?(?:dose|dosage|${MED})\\b`,
    ),
    // "how do I come off my pregabalin", "how should I stop my antidepressants"
    new RegExp(
      `\\bhow (?:do|should|can|could) ${SUBJECT} ${ADVERB}(?:stop|come off|get off|go off|wean (?:myself |him |her )?off|taper|reduce|cut down|quit|increase|switch)\\b[^.?!\\n]{0,10}?(?:${OWNED} )?${FILLER}${MED}\\b`,
    ),
  ],
};
