// NegEx-style negation over tokens: a cue ("no", "not", "never", "without") negates what follows, up
// to a few words, stopping at contrast words or at a new clause ("and his face…"). A cue that sits
// inside a matched finding ("can't breathe", "won't wake", "no wet nappy") is part of that finding.
import type { Span, Token } from "./tokenize.ts";

const CUES: ReadonlySet<string> = new Set([
  "no",
  "not",
  "never",
  "without",
  "none",
  "nor",
  "neither",
  "deny",
  "denies",
  "denied",
]);

// Cue + next word that only look negative: "not sure", "no idea", "no longer" (uncertainty never downgrades).
const PSEUDO: Readonly<Record<string, ReadonlySet<string>>> = {
  not: new Set([
    "sure",
    "certain",
    "only",
    "know",
    "think",
    "tell",
    "just",
    "until",
    "yet",
    "improving",
    "better",
  ]),
  no: new Set([
    "idea",
    "doubt",
    "matter",
    "longer",
    "clue",
    "better",
    "change",
    "improvement",
    "one",
  ]),
  never: new Set(["ever"]),
};

const TERMINATORS: ReadonlySet<string> = new Set([
  "but",
  "however",
  "although",
  "though",
  "except",
  "apart",
  "aside",
  "yet",
  "still",
  "just",
  "only",
  "now",
  "which",
  "who",
  "because",
  "since",
  "then",
  "also",
  "whereas",
  "while",
]);

const SOFT_BREAKS: ReadonlySet<string> = new Set([",", "and", "or", "-", "plus"]);

const SUBJECTS: ReadonlySet<string> = new Set([
  "i",
  "he",
  "she",
  "they",
  "we",
  "it",
  "my",
  "his",
  "her",
  "their",
  "our",
  "your",
  "you",
  "this",
  "there",
  "now",
]);

const WINDOW = 6;

/**
 * Marks the tokens inside a negation scope. `consumed` marks tokens that belong to a matched finding;
 * a cue there is part of the finding, not a negation of what follows.
 */
export function negationScope(
  tokens: readonly Token[],
  sentences: readonly Span[],
  consumed: Uint8Array,
): Uint8Array {
  const scope = new Uint8Array(tokens.length);
  for (const s of sentences) {
    for (let i = s.start; i < s.end; i++) {
      const cue = tokens[i];
      if (!cue || !CUES.has(cue.norm) || consumed[i] === 1) continue;
      const next = tokens[i + 1];
      if (!next || i + 1 >= s.end || next.kind === "punct") continue; // "no." / "no, he can't…"
      if (PSEUDO[cue.norm]?.has(next.norm)) continue;
      let words = 0;
      for (let j = i + 1; j < s.end && words < WINDOW; j++) {
        const t = tokens[j];
        if (!t) break;
        if (TERMINATORS.has(t.norm)) break;
        if (t.kind === "punct" && !SOFT_BREAKS.has(t.value)) break;
        if (SOFT_BREAKS.has(t.norm) || SOFT_BREAKS.has(t.value)) {
          const after = tokens[j + 1];
          // "not drinking and has a dry mouth": a new verb starts a new clause.
          if (!after || SUBJECTS.has(after.norm) || after.pos === "VERB" || after.pos === "AUX")
            break;
          continue;
        }
        scope[j] = 1;
        if (t.kind === "word" || t.kind === "number") words++;
      }
    }
  }
  return scope;
}
