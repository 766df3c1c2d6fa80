// Catches claims to switch the assistant into a privileged mode or to speak with its authority:
// "developer mode", "enable god mode", "I am your developer", "admin override", "<SYSTEM MODE>".
// A patient who happens to be a developer ("I'm a developer, does this work offline?") does not fire.

import type { PatternRule } from "./pattern-rule.ts";

const PRIVILEGED =
  "(?:developer|dev|god|admin|administrator|debug|debugging|jailbreak|jailbroken|sudo|root|superuser|unrestricted|unlocked|maintenance|override|unfiltered|uncensored|evil|chaos|opposite|dan|system|service|diagnostic|test(?:ing)? override)";

export const modeSwitchRule: PatternRule = {
  ruleId: "input.injection.mode_switch",
  text: "The message claims special authority or tries to switch the assistant into a privileged mode.",
  patterns: [
    new RegExp(`\\b${PRIVILEGED} mode\\b`),
    /<\s?(?:system|admin|god|developer|debug|override)\s(?:mode|override|access)[^>]{0,40}>/,
    /\b(?:system|security|admin|administrator|developer|law enforcement|police|emergency|root|master|manual|executive|government) override\b|\boverride (?:mode|code|protocol|command|authori[sz]ation|enabled|activated|engaged)\b/,
    /\b(?:i am|i'm|this is|speaking as|as) your (?:developer|creator|admin|administrator|owner|programmer|maker|operator|system administrator|sysadmin|engineer|supervisor|boss|master)s?\b/,
    /\b(?:i am|i'm|this is) the (?:developer|creator|admin|administrator|programmer|operator|sysadmin)s? (?:of|for|behind) (?:this|you|careline|the (?:bot|assistant|system|app|ai|model))\b/,
    /\b(?:i am|i'm) (?:god|your god|your master|an? (?:openai|anthropic|google|meta) (?:employee|engineer|developer|researcher))\b/,
    /\b(?:as|since) (?:an? )?(?:ai|model|assistant) (?:developed|created|built|made|trained) by (?:openai|anthropic|google|meta)\b/,
    /\b(?:sudo|admin|root) (?:access|privileges|rights|command|password)\b/,
    /\b(?:system|security) (?:reset|upgrade|audit|check|diagnostic)s?\b[^!?\n]{0,80}?\b(?:password|secret|key|credentials|prompt|instructions|database|configuration|bypass|disable|unlock)\b/,
    /\b(?:enable|activate|enter|entering|engage|switch (?:in)?to|switching (?:in)?to|turn on|unlock|initiate|start|go into|put yourself in(?:to)?|boot (?:in)?to|run in) (?:the |your )?(?:[\w-]+ )?(?:jailbreak|unrestricted|unfiltered|uncensored|developer|dev|admin|god|debug|dan|super ?user|expert|doctor|clinician|clinical|professional|physician|pharmacist|test|testing|research|unsafe|privileged|raw|sudo|root|override|diagnostic|training|sandbox|no-?filter|free|advanced|pro|unlocked|evil|maintenance|unlimited|full[ -]access) mode\b/,
    /\b(?:enable|activate|enter|engage|switch (?:in)?to|turn on|unlock|initiate) (?:the )?(?:jailbreak|unrestricted|unfiltered|developer|admin|god|debug|dan|super ?user)\b/,
    /\b(?:this|the|our|your) (?:chat|conversation|session|assistant|bot|system|careline) is (?:now |currently )?(?:in|under|running in) (?:\w+ )?(?:test|testing|debug|developer|dev|admin|maintenance|training|evaluation|sandbox|demo|unrestricted|expert|diagnostic) mode\b|\b(?:\w+ )?mode (?:is )?(?:now )?(?:on|enabled|activated|engaged|unlocked)\s?[:.!,]\s?(?:answer|respond|reply|you|all|the rules|restrictions|filters|safety)\b/,
    /\b(?:i am|i'm|this is|speaking as|as) (?:the |careline's |an? (?:careline|authori[sz]ed|official|senior|lead|openai|anthropic) |the (?:careline|lead|senior|head|chief|system|site) )(?:system )?(?:admin|administrator|developer|engineer|operator|owner|programmer|creator|maintainer|moderator|superuser|root user|sysadmin|tester|red team(?:er)?)s?\b(?! (?:of|at|for|in|on|with) (?!(?:this|you|careline|the (?:bot|assistant|system|app|ai|model|chat|service|platform))\b))/,
    /\b(?:i am|i'm|as) (?:an? )?(?:authori[sz]ed|verified|approved|certified|trusted|privileged|vetted) (?:staff|user|member of staff|clinician|admin|personnel|tester|developer|operator|professional|engineer|insider)\b(?! (?:of|at|for|on|with) (?!(?:this|you|careline)\b))/,
  ],
};
