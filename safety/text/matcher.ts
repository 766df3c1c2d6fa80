// Runs a compiled lexicon over a token stream. Matches never leave a sentence, never use a masked token
// (idioms), and gaps never skip punctuation, negation or contrast words, so "face is not drooping" and
// "arm is fine but face droops" do not produce a spurious "face … droop" match.
import type { Lexicon, Pattern, WordElement } from "./patterns.ts";
import type { Span, Token } from "./tokenize.ts";

export interface Hit {
  concept: string;
  /** Token indices, end exclusive. */
  start: number;
  end: number;
}

export interface MatchInput {
  tokens: readonly Token[];
  sentences: readonly Span[];
  /** Tokens no pattern may use (idioms already claimed them). */
  masked?: Uint8Array;
}

/** Words a gap may not skip over. */
export const GAP_STOPS: ReadonlySet<string> = new Set([
  "not",
  "no",
  "never",
  "without",
  "nor",
  "but",
  "however",
  "although",
  "though",
  "except",
  "yet",
  "denies",
  "deny",
]);

function formsOf(token: Token, lexicon: Lexicon): readonly string[] {
  const forms = [token.value, token.norm, token.lemma];
  if (!token.known) forms.push(...lexicon.corrector.correct(token.value));
  return forms;
}

function elementMatches(el: WordElement, forms: readonly string[], token: Token): boolean {
  if (el.number && token.kind === "number") return true;
  for (const f of forms) {
    if (el.exact.has(f)) return true;
    for (const p of el.prefixes) if (f.startsWith(p)) return true;
  }
  return false;
}

function gapAllowed(token: Token): boolean {
  if (token.kind === "punct" && token.value !== "'") return false;
  return !GAP_STOPS.has(token.norm);
}

export function matchLexicon(lexicon: Lexicon, input: MatchInput): Hit[] {
  const { tokens, sentences, masked } = input;
  const forms: (readonly string[])[] = tokens.map((t) => formsOf(t, lexicon));
  const usable = (i: number): boolean => masked?.[i] !== 1;

  function matchFrom(p: Pattern, ei: number, ti: number, end: number): number {
    if (ei === p.elements.length) return ti;
    const el = p.elements[ei];
    if (!el) return -1;
    if (el.kind === "gap") {
      for (let g = 0; g <= el.max; g++) {
        if (g > 0) {
          const skipped = ti + g - 1;
          const tok = tokens[skipped];
          if (skipped >= end || !tok || !gapAllowed(tok)) break;
        }
        const r = matchFrom(p, ei + 1, ti + g, end);
        if (r >= 0) return r;
      }
      return -1;
    }
    const tok = tokens[ti];
    const f = forms[ti];
    if (ti < end && tok && f && usable(ti) && elementMatches(el, f, tok)) {
      const r = matchFrom(p, ei + 1, ti + 1, end);
      if (r >= 0) return r;
    }
    return el.optional ? matchFrom(p, ei + 1, ti, end) : -1;
  }

  const hits: Hit[] = [];
  const candidates = new Set<Pattern>();
  for (const sentence of sentences) {
    for (let i = sentence.start; i < sentence.end; i++) {
      const f = forms[i];
      const tok = tokens[i];
      if (!f || !tok || !usable(i)) continue;
      candidates.clear();
      if (tok.kind === "number") for (const p of lexicon.numberFirst) candidates.add(p);
      for (const form of f) {
        for (const p of lexicon.byFirst.get(form) ?? []) candidates.add(p);
        for (const p of lexicon.byPrefix.get(form.slice(0, 3)) ?? []) candidates.add(p);
      }
      const longest = new Map<string, number>();
      for (const p of candidates) {
        const end = matchFrom(p, 0, i, sentence.end);
        if (end > (longest.get(p.concept) ?? -1)) longest.set(p.concept, end);
      }
      for (const [concept, end] of longest) hits.push({ concept, start: i, end });
    }
  }
  return hits;
}
