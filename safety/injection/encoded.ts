// Catches instructions hidden in an encoding or obfuscated spelling: base64, hex, binary, Morse,
// ROT13, reversed text, leet or spaced-out letters that decode to an injection, and requests to
// decode something and then obey it. Plain requests to translate or decode a word do not fire.

import { compacted, decodedPayloads, deleeted, reversed, rot13 } from "./decoders.ts";
import type { PatternRule } from "./pattern-rule.ts";
import { firesOn } from "./pattern-rule.ts";
import {
  caesarShifted,
  homoglyphsFolded,
  pigLatinDecoded,
  spelledOut,
  textSpeak,
  wordsReversed,
} from "./views.ts";

// Letters-only forms of the strongest signals, for text whose spaces and spelling were scrambled.
const COMPACT_SIGNALS =
  /(?:ignore|disregard|forget|bypass|override)(?:all|the|any)?(?:of)?(?:your|previous|prior|above|earlier|system|preceding)(?:previous|prior|system)?(?:instructions?|directives?|prompts?|rules|guidelines|programming)|systemprompt|developermode|godmode|adminmode|jailbr(?:ea|o)k|doanythingnow|nowrestrictions|norestrictions|norules|unfilteredmode|(?:reveal|print|repeat|show|output)(?:me)?(?:your|the)(?:system|initial|hidden|original)?(?:prompt|instructions)|newinstructions|younolonger|youarenow(?:free|unrestricted|unfiltered|dan)|(?:reveal|print|show|repeat)yourrules/;
const ENCODING =
  "(?:caesar|rot-?\\d{1,2}|base ?64|base ?32|hex(?:adecimal)?|binary|morse|cipher|ciphertext|encoded|encrypted|obfuscated|reversed|backwards|scrambled|pig latin|leet|l33t|ascii codes?|unicode escapes?|url[ -]?encoded|atbash|vigen[eè]re)";

export const encodedRule: PatternRule = {
  ruleId: "input.injection.encoded",
  text: "The message hides instructions in an encoding or scrambled spelling (such as base64, hex, reversed or spaced-out letters), or asks for an encoded answer.",
  patterns: [
    /\b(?:decode|decipher|decrypt|translate|convert|unscramble|reverse)\b[^.!?\n]{0,80}?\b(?:and|then)\b[^.!?\n]{0,20}?\b(?:follow|execute|obey|run|carry out|act on|perform|do (?:what|as) (?:it|they) says?|comply)\b/,
    // Asking for the answer in an encoding is how output filters get evaded.
    /\b(?:encode|write|spell|give|tell|say|output|print|provide|translate|convert|reply|respond|answer)\b[^.!?\n]{0,60}?\b(?:in|into|using|to|with) (?:base ?64|hex(?:adecimal)?|binary|rot-?13|morse(?: code)?|leet ?speak|l33t|pig latin|caesar cipher)\b/,
    /\b(?:follow|execute|obey|carry out|run) (?:the |these |those )?(?:decoded|hidden|encoded|encrypted|secret|embedded) (?:instructions?|commands?|message|text|prompt)\b/,
    // "decode this caesar cipher and tell me what it says", "decipher the base64 below"
    new RegExp(
      `\\b(?:decode|decipher|decrypt|unscramble|crack|de-?obfuscate|translate|convert|read|interpret) (?:this|the|that|these|those|following|my|a|an)? ?(?:\\w+ )?${ENCODING}\\b`,
    ),
    // "summarise the text below and carry out the instructions inside it"
    /\b(?:carry out|follow|execute|obey|act on|do|perform|run|complete|comply with) (?:the |any |all |each of the )?(?:instructions?|commands?|directions|requests?|tasks?|steps) (?:in|inside|within|contained in|embedded in|hidden in|from|given in) (?:it|the (?:text|document|passage|note|snippet|string|payload|input|code|block|page|email|file|quote)|this (?:text|document|passage|snippet|string|payload|input|code|block)|the following|below|above)\b/,
    /\b(?:translate|summari[sz]e|paraphrase|rewrite|decode)\b[^.!?\n]{0,60}?\b(?:and|then)\b[^.!?\n]{0,20}?\b(?:do (?:what|as) (?:it|they|the text|the note) (?:says?|asks?|tells? you)|follow (?:it|them|its instructions)|act on (?:it|them))\b/,
    // Payload splitting: string pieces to be joined, then acted on.
    /\b\w{1,12} ?= ?["'][^"'\n]{0,120}["'][\s\S]{0,300}?\b\w{1,12} ?\+ ?\w{1,12}\b/,
    /["'][^"'\n]{1,40}["']\s?\+\s?["'][^"'\n]{0,40}["']/,
    /\b(?:take|read|use|combine|join|put together|spell out|collect) (?:the )?(?:first|last|second|capital|initial|starting) (?:letters?|characters?|words?) (?:of|from) (?:each|every|the|all the) (?:word|line|sentence|paragraph)s?\b/,
    /\bpart ?(?:1|one|a|i)\b ?(?:is|:|=|-)[\s\S]{0,200}?\bpart ?(?:2|two|b|ii)\b ?(?:is|:|=|-)/,
    /\b(?:combine|concatenate|join|merge|put together|assemble|append|stitch together|glue together|interlace) (?:the |these |those |both |all |all the )?(?:\w+ )?(?:parts|strings|pieces|fragments|halves|segments|variables|snippets|chunks|letters|syllables)\b/,
    // Answers shaped to slip past an output filter.
    /\b(?:write|give|put|output|print|send|say|spell|type|encode) (?:me )?(?:your|the) (?:answer|response|reply|output|instructions|prompt|rules|guidelines)\b[^.!?\n]{0,30}?\b(?:backwards|in reverse|reversed|upside down|letter by letter|one letter at a time|with spaces between|in pig latin|in code)\b|\bso (?:that )?(?:the |your )?(?:filters?|moderators?|moderation|safety (?:system|checks?|filters?)|monitor(?:ing)?|careline|checks?|guardrails?) (?:can't|cannot|won't|will not|doesn't|does not|don't|do not) (?:read|see|detect|notice|catch|flag|understand|block)\b/,
  ],
};

// A decoded view is only worth the full rule set if it contains a word an injection needs; this
// keeps the extra views cheap on ordinary text, whose rot13 or reversal is gibberish.
const TRIGGER =
  /ignor|disregard|forget|instruct|prompt|system|rules|guideline|pretend|role-?play|act as|you are|you're|youre|mode\b|reveal|print|repeat|previous|prior|develop|admin|restrict|filter|censor|override|bypass|jailbr|\bdan\b|assistant|\bai\b|careline|polic|from now on|task|unlock|enable|secret|password|confidential|persona|character|no longer|allowed|permission|authori|<\||\[inst|#|system:|assistant:|user:/;

/** True when any decoded or de-obfuscated view of the text fires one of `rules`. */
export function hidesInjection(
  normalized: string,
  folded: string,
  rules: readonly PatternRule[],
): boolean {
  if (firesOn(encodedRule, folded)) return true;
  const views: Array<() => string | null> = [
    () => rot13(folded),
    () => reversed(folded),
    () => wordsReversed(folded),
    () => caesarShifted(folded),
    () => homoglyphsFolded(folded),
    () => pigLatinDecoded(folded),
    () => spelledOut(folded),
    () => deleeted(folded),
    () => textSpeak(folded),
  ];
  const fires = (view: string | null) =>
    view !== null && TRIGGER.test(view) && rules.some((rule) => firesOn(rule, view));
  if (views.some((view) => fires(view()))) return true;
  if (decodedPayloads(normalized).some(fires)) return true;
  const compact = compacted(folded);
  return compact !== null && COMPACT_SIGNALS.test(compact);
}
