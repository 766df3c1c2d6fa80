// Catches instructions hidden in an encoding or obfuscated spelling: base64, hex, binary, Morse,
// ROT13, reversed text, leet or spaced-out letters that decode to an injection, and requests to
// decode something and then obey it. Plain requests to translate or decode a word do not fire.

import { compacted, decodedPayloads, reversed, rot13 } from "./decoders.ts";
import type { PatternRule } from "./pattern-rule.ts";
import { firesOn } from "./pattern-rule.ts";

// Letters-only forms of the strongest signals, for text whose spaces and spelling were scrambled.
const COMPACT_SIGNALS =
  /(?:ignore|disregard|forget|bypass|override)(?:all|the|any)?(?:of)?(?:your|previous|prior|above|earlier|system|preceding)(?:previous|prior|system)?(?:instructions?|directives?|prompts?|rules|guidelines|programming)|systemprompt|developermode|godmode|jailbr(?:ea|o)k|doanythingnow|nowrestrictions|norestrictions|unfilteredmode|(?:reveal|print|repeat|show|output)(?:me)?(?:your|the)(?:system|initial|hidden|original)(?:prompt|instructions)/;

export const encodedRule: PatternRule = {
  ruleId: "input.injection.encoded",
  text: "The message hides instructions in an encoding or scrambled spelling (such as base64, hex, reversed or spaced-out letters), or asks for an encoded answer.",
  patterns: [
    /\b(?:decode|decipher|decrypt|translate|convert|unscramble|reverse|read)\b[^.!?\n]{0,80}?\b(?:and|then)\b[^.!?\n]{0,20}?\b(?:follow|execute|obey|run|carry out|act on|perform|do (?:what|as) (?:it|they) says?|comply)\b/,
    // Asking for the answer in an encoding is how output filters get evaded.
    /\b(?:encode|write|spell|give|tell|say|output|print|provide|translate|convert|reply|respond|answer)\b[^.!?\n]{0,60}?\b(?:in|into|using|to|with) (?:base ?64|hex(?:adecimal)?|binary|rot-?13|morse(?: code)?|leet ?speak|l33t|pig latin|caesar cipher)\b/,
    /\b(?:follow|execute|obey|carry out|run) (?:the |these |those )?(?:decoded|hidden|encoded|encrypted|secret|embedded) (?:instructions?|commands?|message|text|prompt)\b/,
  ],
};

/** True when any decoded or de-obfuscated view of the text fires one of `rules`. */
export function hidesInjection(
  normalized: string,
  folded: string,
  rules: readonly PatternRule[],
): boolean {
  if (firesOn(encodedRule, folded)) return true;
  const views = [rot13(folded), reversed(folded), ...decodedPayloads(normalized)];
  if (views.some((view) => rules.some((rule) => firesOn(rule, view)))) return true;
  const compact = compacted(folded);
  return compact !== null && COMPACT_SIGNALS.test(compact);
}
