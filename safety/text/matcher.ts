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
  const forms = [token.value];
  if (token.norm !== token.value) forms.push(token.norm);
  if (token.lemma !== token.value && token.lemma !== token.norm) forms.push(token.lemma);
  if (!token.known) forms.push(...lexicon.corrector.correct(token.value));
  return forms;
}

const MAX_FIRST_CACHE = 20_000;
const firstCaches = new WeakMap<Lexicon, Map<string, readonly Pattern[]>>();

/** Patterns whose first element accepts this word (exact or prefix), cached per lexicon. */
function startingWith(lexicon: Lexicon, form: string): readonly Pattern[] {
  let cache = firstCaches.get(lexicon);
  if (!cache) {
    cache = new Map();
    firstCaches.set(lexicon, cache);
  }
  const hit = cache.get(form);
  if (hit) return hit;
  const exact = lexicon.byFirst.get(form) ?? [];
  const byPrefix = (lexicon.byPrefix.get(form.slice(0, 3)) ?? []).filter((p) => {
    const first = p.elements[0] as WordElement;
    return first.prefixes.some((prefix) => form.startsWith(prefix)) && !exact.includes(p);
  });
  const list = byPrefix.length > 0 ? [...exact, ...byPrefix] : exact;
  if (cache.size >= MAX_FIRST_CACHE) cache.clear();
  cache.set(form, list);
  return list;
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
  const longest = new Map<string, number>();
  const present = new Set<string>();
  const anchored = (p: Pattern): boolean =>
    p.anchors.every((words) => {
      if (words.size <= present.size) {
        for (const w of words) if (present.has(w)) return true;
        return false;
      }
      for (const w of present) if (words.has(w)) return true;
      return false;
    });
  for (const sentence of sentences) {
    present.clear();
    for (let i = sentence.start; i < sentence.end; i++)
      for (const f of forms[i] ?? []) present.add(f);
    for (let i = sentence.start; i < sentence.end; i++) {
      const f = forms[i];
      const tok = tokens[i];
      if (!f || !tok || !usable(i)) continue;
      candidates.clear();
      if (tok.kind === "number") for (const p of lexicon.numberFirst) candidates.add(p);
      for (const form of f) for (const p of startingWith(lexicon, form)) candidates.add(p);
      longest.clear();
      for (const p of candidates) {
        if (!anchored(p)) continue;
        const end = matchFrom(p, 0, i, sentence.end);
        if (end > (longest.get(p.concept) ?? -1)) longest.set(p.concept, end);
      }
      for (const [concept, end] of longest) hits.push({ concept, start: i, end });
    }
  }
  return hits;
}
