// Catches fake conversation structure: chat-template tokens ("<|im_start|>system", "[INST]"), role
// tags ("</user>", "<system>"), markdown role headers ("### SYSTEM:"), role labels at line start
// ("assistant:") and JSON role objects. Ordinary punctuation and headings do not fire.

import type { PatternRule } from "./pattern-rule.ts";

const ROLE =
  "(?:system|user|assistant|developer|admin|administrator|instructions?|prompt|sys|context|tool|function|model|human|ai|bot)";

export const delimiterRule: PatternRule = {
  ruleId: "input.injection.delimiter",
  text: "The message contains fake conversation markers that imitate system or assistant turns.",
  patterns: [
    /<\|\s?(?:im_start|im_end|im_sep|system|user|assistant|endoftext|end_of_text|begin_of_text|start_header_id|end_header_id|eot_id|eom_id|fim_\w+|pad)\s?\|>/,
    /<<\/?sys>>|\[\/?inst\]|\[\/?(?:system|sys|admin|developer)(?: (?:note|message|prompt|instruction|override|update))?\]|<\/?s>/,
    new RegExp(
      `</?\\s?${ROLE}(?:[ _-](?:prompt|message|instructions?|mode|input|output|turn))?\\s?>`,
    ),
    new RegExp(
      `(?:^|\\n)\\s?#{2,}\\s?${ROLE}(?: (?:prompt|message|instructions?|response|input|override))?\\s?:?\\s?(?:$|\\n|#)`,
    ),
    /(?:^|\n)\s?#{1,}\s?(?:system|instructions?|new instructions?)\s?:/,
    /(?:^|\n)\s?(?:system|assistant|developer|admin|chatgpt|gpt-?\d?|claude|llama|careline)\s?:/,
    /(?:^|\n)\s?(?:user|human)\s?:[^\n]{0,400}\n\s?(?:system|assistant|ai|bot|model)\s?:/,
    /["']role["']\s?:\s?["'](?:system|assistant|developer|user|tool|function)["']/,
    /\b(?:end|begin|start) of (?:the )?(?:system prompt|user input|user message|prompt|instructions|conversation|context|document)\b\s?(?:-{2,}|={2,}|\]|>|\*{2,}|#)|(?:-{3,}|={3,}|#{3,}|\*{3,})\s?(?:end|begin|start) of (?:the )?(?:system prompt|user input|user message|prompt|instructions|conversation|context)\b/,
  ],
};
