// Catches role-play jailbreaks: "you are now DAN", "pretend you have no restrictions", "act as an
// unfiltered doctor", "stay in character". Plain role requests ("act as if I know nothing and
// explain simply") carry no unrestricted persona and do not fire.

import type { PatternRule } from "./pattern-rule.ts";

const ROLE_CUE =
  "(?:you are|you're|you will be|you'll be|you become|act as|act like|acting as|pretend|imagine|roleplay|role-play|role play|play the role|play as|behave as|behave like|respond as|answer as|reply as|simulate|emulate|impersonate|immerse yourself|persona|from now on|henceforth|take on the role)";
const UNRESTRICTED =
  "(?:unfilte?red|uncensored|unrestricted|unlimited|unbound|unshackled|unchained|amoral|jailbroken|jail-broken|without (?:any )?(?:restrictions|filters|limits|limitations|censorship|guidelines|rules|morals|ethics|boundaries|constraints)|(?:no|zero) (?:restrictions|filters|limits|limitations|censorship|guidelines|rules|morals|morality|ethics|boundaries|constraints|content polic(?:y|ies)|ethical (?:guidelines|constraints))|free (?:of|from) (?:all |any )?(?:restrictions|rules|limits|guidelines|censorship|constraints)|not bound by|broken free|do(?:es)? not (?:have to )?(?:abide|follow|comply))";

export const personaRule: PatternRule = {
  ruleId: "input.injection.persona",
  text: "The message asks the assistant to take on a persona without its safety rules.",
  patterns: [
    // A role cue and an unrestricted descriptor in the same sentence.
    new RegExp(`\\b${ROLE_CUE}\\b[^.!?\\n]{0,80}?\\b${UNRESTRICTED}`),
    // An AI, bot or character described as unrestricted, even when it is named in another sentence.
    new RegExp(
      `\\b(?:ai|a\\.i\\.|chatbot|chat bot|bot|language model|llm|gpt|entity|character)\\b[^.!?\\n]{0,60}?\\b${UNRESTRICTED}`,
    ),
    new RegExp(
      `\\b${UNRESTRICTED}[^.!?\\n]{0,30}?\\b(?:ai|chatbot|chat bot|bot|language model|llm|gpt|persona|entity)\\b`,
    ),
    /\b(?:doesn't|does not|don't|do not|never|won't|will not|no longer) (?:have|has|follow|care about|give a \w+ about|abide by|obey|adhere to|need) (?:any )?(?:ethics|morals|morality|ethical guidelines|moral guidelines|ethical or moral guidelines|content polic(?:y|ies)|censorship|filters)\b/,
    /\b(?:never|don't|doesn't|do not|does not|will not|won't|must not) refuse (?:a |any |to answer|to respond|requests?|questions?|prompts?|anything)|\bnever (?:say|tell me) (?:no\b|that (?:you|it) can't|i'm sorry|sorry)/,
    /\b(?:bypass|ignore|break|violate|not subject to|free (?:from|of)|without|opposite of|against|not bound by|don't follow|doesn't follow|do not follow)(?: \w+){0,3} (?:openai|chatgpt|anthropic)(?:'s)? (?:content )?(?:polic(?:y|ies)|guidelines|rules|restrictions|filters|moderation)\b/,
    /\b(?:respond|answer|reply) as both\b/,
    /(?<!\b(?:dont|don't|not|cant|can't|never|won't) )\bdo anything now\b/,
    /\b(?:you are|you're|act as|pretend to be|become|called|known as|as) (?:now )?(?:a |an |the )?(?:dan|stan|dude|anti-?dan|betterdan|mongo tom|aim|evil-?bot|jailbreak(?:gpt)?|dev(?:eloper)? mode gpt)\b(?! \w+ (?:is|was|has|had)\b)/,
    /\b(?:dan|stan|dude|aim) (?:mode|prompt|jailbreak)\b/,
    /\b(?:stay|remain|keep|staying) (?:fully |always )?in character\b/,
    /\b(?:don't|do not|never) break (?:out of )?character\b/,
    /\byou (?:are|'re) (?:now |no longer )(?:going to (?:act|be|play|pretend|respond)|free\b|unfiltered|unrestricted|uncensored|jailbroken|an ai without|not an ai)/,
    /\byou are no longer (?:an? )?(?:ai|assistant|chatbot|language model|bound|restricted|limited|careline)\b/,
    /\b(?:two|2|dual|both) (?:responses|answers|replies)\b[^.!?\n]{0,80}?\b(?:normal|classic|standard|censored)\b/,
  ],
};
