// Catches direct attempts to cancel or replace the assistant's instructions: "ignore all previous
// instructions", "new instructions:", "you don't have to follow your rules", also in a few other
// languages. A patient correcting their own message ("ignore my last message") is not an override.

import type { PatternRule } from "./pattern-rule.ts";

const VERB =
  "(?:ignore|disregard|forget|overlook|bypass|override|abandon|discard|drop|dismiss|neglect|skip|erase|delete|clear|reset|set aside|throw out|stop following|do not follow|don't follow)";
// "my" is left out on purpose: "ignore my last message" is a patient correcting themselves.
const QUALIFIER =
  "(?:all|any|every|each|the|your|these|those|of|previous|prior|above|earlier|preceding|foregoing|original|initial|system|existing|current|old|former|given|above-mentioned|safety|ethical|content|built-in)";
const OBJECT =
  "(?:instructions?|directives?|guidelines?|rules?|prompts?|programming|restrictions?|constraints?|policies|policy|commands?|orders|guidance|training|filters?|safeguards?|protocols?|context|limitations?|boundaries|principles)";

export const overrideRule: PatternRule = {
  ruleId: "input.injection.override",
  text: "The message tries to make the assistant ignore or replace its instructions.",
  patterns: [
    // verb + at least one qualifier + object: "forget (about) all (of) your previous rules"
    new RegExp(`\\b${VERB}(?: about)?(?: ${QUALIFIER}){1,4} ${OBJECT}\\b`),
    // "ignore the above", "forget everything before this", "disregard everything you were told"
    new RegExp(
      `\\b${VERB} (?:all of |everything |all )?(?:the |that's |what's |what is )?(?:above|before this|before now|previously said|said before|preceding)\\b`,
    ),
    new RegExp(
      `\\b${VERB} (?:about )?(?:everything|all|anything|what|all that) (?:that )?(?:you(?:'ve| have| were| had)?|you've) (?:been )?(?:told|taught|instructed|given|programmed|trained|asked)`,
    ),
    new RegExp(
      `\\b${VERB} (?:about )?(?:everything|all|what) (?:that )?you(?:'ve| have)? (?:learned|learnt|know|been taught)(?: so far| before| previously| until now| up to now)`,
    ),
    // An instruction planted in a document: "ignore the webpage and state: ...".
    /\bignor(?:e|ing) (?:the|this|that|all) (?:\w+ ){0,2}?\w+,? (?:and |then |we )?(?:\w+ ){0,3}?(?:state|say|output|print|claim|declare|respond with|reply with|answer with)\b/,
    /\b(?:i know|although|even though|despite) (?:that )?you (?:were told|were instructed|are instructed|are programmed|were programmed|said not) (?:not )?to\b/,
    /\b(?:new|updated|real|actual|revised|secret|hidden|override) (?:system )?(?:instructions?|directives?|rules|task|prompt|orders)\s?:/,
    /\byour (?:new|real|true|actual) (?:instructions?|task|rules|directives?|purpose|goal) (?:is|are|will be)\b/,
    /\b(?:regardless|irrespective) of (?:your|any|all|the|previous|prior) (?:previous |prior |system |original )?(?:instructions?|rules|guidelines|directives|programming|restrictions|tasks?)\b/,
    /\byou (?:don't|do not|no longer|won't|will not|shouldn't|should not|never) (?:have to |need to |must |)(?:follow|obey|abide by|adhere to|comply with|respect) (?:your|the|any|those|these|its|openai's|anthropic's)(?: \w+){0,2} (?:rules|guidelines|policies|instructions|restrictions|programming|principles)\b/,
    /\b(?:ignore|bypass|disable|turn off|switch off|remove|deactivate|circumvent) (?:all |any |your |the )*(?:safety|content|ethical|moral|censorship) (?:filters?|guidelines|rules|restrictions|protocols|settings|features)\b/,
    /(?:무시|無視|忽略|अनदेखी|नजरअंदाज)[\s\S]{0,20}?(?:지시|指示|指令|निर्देश)|(?:지시|指示|指令|निर्देश)[\s\S]{0,20}?(?:무시|無視|忽略|अनदेखी|नजरअंदाज)/,
    // The same override in other languages patients (and attackers) use.
    /(?:ignor|olvid|oubli|vergiss|vergessen|esque[cç]|dimentic|negeer|vergeet|игнорир|забуд|забудь|αγνο|ξέχα)\S*(?: \S+){0,3}? (?:instruc|instru[cç]|anweisung|istruzion|instructie|инструкц|οδηγ|indicaciones|directiv|consign|regeln|reglas|règles|regole)/,
  ],
};
