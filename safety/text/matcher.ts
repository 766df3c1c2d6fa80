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
  if (token.known) return token.forms;
  const corrections = lexicon.corrector.correct(token.value);
  return corrections.length === 0 ? token.forms : [...token.forms, ...corrections];
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

interface MatchState {
  tokens: readonly Token[];
  forms: readonly (readonly string[])[];
  masked: Uint8Array | undefined;
}

function matchFrom(st: MatchState, p: Pattern, ei: number, ti: number, end: number): number {
  const elements = p.elements;
  if (ei === elements.length) return ti;
  const el = elements[ei];
  if (!el) return -1;
  if (el.kind === "gap") {
    for (let g = 0; g <= el.max; g++) {
      if (g > 0) {
        const skipped = ti + g - 1;
        const tok = st.tokens[skipped];
        if (skipped >= end || !tok || !gapAllowed(tok)) break;
      }
      const r = matchFrom(st, p, ei + 1, ti + g, end);
      if (r >= 0) return r;
    }
    return -1;
  }
  const tok = st.tokens[ti];
  const f = st.forms[ti];
  if (ti < end && tok && f && st.masked?.[ti] !== 1 && elementMatches(el, f, tok)) {
    const r = matchFrom(st, p, ei + 1, ti + 1, end);
    if (r >= 0) return r;
  }
  return el.optional ? matchFrom(st, p, ei + 1, ti, end) : -1;
}

// Per-lexicon scratch space: stamps instead of Set.clear(), which reallocates on every call.
interface Scratch {
  patternStamp: Int32Array;
  wordStamp: Map<string, number>;
  stamp: number;
  /** Per anchor set: the sentence stamp it was last checked for, and the answer then. */
  anchorStamp: Int32Array;
  anchorFound: Uint8Array;
}
const MAX_STAMPED_WORDS = 50_000;
const scratches = new WeakMap<Lexicon, Scratch>();

function scratchFor(lexicon: Lexicon): Scratch {
  let s = scratches.get(lexicon);
  if (!s) {
    s = {
      patternStamp: new Int32Array(lexicon.patterns.length),
      wordStamp: new Map(),
      stamp: 0,
      anchorStamp: new Int32Array(lexicon.anchorSets.length),
      anchorFound: new Uint8Array(lexicon.anchorSets.length),
    };
    scratches.set(lexicon, s);
  }
  if (s.stamp > 2_000_000_000) {
    s.patternStamp.fill(0);
    s.anchorStamp.fill(0);
    s.wordStamp.clear();
    s.stamp = 0;
  }
  return s;
}

/** Every anchor word set of the pattern shares a word with the sentence (words stamped `sentence`). */
function anchored(
  p: Pattern,
  lexicon: Lexicon,
  words: readonly string[],
  scratch: Scratch,
  sentence: number,
): boolean {
  const stamps = scratch.wordStamp;
  for (let a = 0; a < p.anchorIds.length; a++) {
    const id = p.anchorIds[a] as number;
    if (scratch.anchorStamp[id] === sentence) {
      if (scratch.anchorFound[id] === 0) return false;
      continue;
    }
    const set = lexicon.anchorSets[id] as ReadonlySet<string>;
    let found = false;
    if (set.size < words.length) {
      for (const w of set) {
        if (stamps.get(w) === sentence) {
          found = true;
          break;
        }
      }
    } else {
      for (let w = 0; w < words.length && !found; w++) found = set.has(words[w] as string);
    }
    scratch.anchorStamp[id] = sentence;
    scratch.anchorFound[id] = found ? 1 : 0;
    if (!found) return false;
  }
  return true;
}

function collect(list: readonly Pattern[], into: Pattern[], scratch: Scratch): void {
  for (let k = 0; k < list.length; k++) {
    const p = list[k] as Pattern;
    if (scratch.patternStamp[p.index] !== scratch.stamp) {
      scratch.patternStamp[p.index] = scratch.stamp;
      into.push(p);
    }
  }
}

export function matchLexicon(lexicon: Lexicon, input: MatchInput): Hit[] {
  const { tokens, sentences, masked } = input;
  const st: MatchState = { tokens, forms: tokens.map((t) => formsOf(t, lexicon)), masked };
  const scratch = scratchFor(lexicon);
  if (scratch.wordStamp.size > MAX_STAMPED_WORDS) scratch.wordStamp.clear();
  const hits: Hit[] = [];
  const candidates: Pattern[] = [];
  const words: string[] = [];
  for (const sentence of sentences) {
    const sentenceStamp = ++scratch.stamp;
    words.length = 0;
    for (let i = sentence.start; i < sentence.end; i++) {
      const fs = st.forms[i] ?? [];
      for (let k = 0; k < fs.length; k++) {
        const f = fs[k] as string;
        if (scratch.wordStamp.get(f) !== sentenceStamp) {
          scratch.wordStamp.set(f, sentenceStamp);
          words.push(f);
        }
      }
    }
    for (let i = sentence.start; i < sentence.end; i++) {
      const f = st.forms[i];
      const tok = tokens[i];
      if (!f || !tok || masked?.[i] === 1) continue;
      candidates.length = 0;
      scratch.stamp++;
      if (tok.kind === "number") {
        collect(lexicon.numberFirst, candidates, scratch);
        collect(lexicon.byFirst.get(tok.value) ?? [], candidates, scratch);
      } else {
        for (let k = 0; k < f.length; k++)
          collect(startingWith(lexicon, f[k] as string), candidates, scratch);
      }
      const firstHit = hits.length;
      for (let k = 0; k < candidates.length; k++) {
        const p = candidates[k] as Pattern;
        if (!anchored(p, lexicon, words, scratch, sentenceStamp)) continue;
        const end = matchFrom(st, p, 0, i, sentence.end);
        if (end < 0) continue;
        // One hit per concept at this start: the longest.
        let merged = false;
        for (let h = firstHit; h < hits.length; h++) {
          const hit = hits[h] as Hit;
          if (hit.concept === p.concept) {
            if (end > hit.end) hit.end = end;
            merged = true;
            break;
          }
        }
        if (!merged) hits.push({ concept: p.concept, start: i, end });
      }
    }
  }
  return hits;
}
