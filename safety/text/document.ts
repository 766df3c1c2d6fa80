// One analysed text: normalised, tokenised once by wink-nlp, annotated with context and quantities.
// Documents are cached by their folded text, so a conversation's earlier turns are analysed only once.
import { readContext, type TextContext } from "./context.ts";
import { createLru } from "./lru.ts";
import { foldText } from "./normalize.ts";
import { type Quantity, readQuantities } from "./quantities.ts";
import { expandShorthand } from "./shorthand.ts";
import { type Span, type Token, tokenize } from "./tokenize.ts";

export interface TextDocument extends TextContext {
  /** Folded, shorthand-expanded text that was tokenised. */
  text: string;
  tokens: Token[];
  sentences: Span[];
  quantities: Quantity[];
  /** Per-lexicon results, filled lazily by findings.ts. */
  memo: Map<string, unknown>;
}

const MAX_DOCUMENTS = 256;
// Bounds the work on pathological input; real messages are far shorter.
export const MAX_ANALYSED_CHARS = 20_000;

const cache = createLru<string, TextDocument>(MAX_DOCUMENTS);

// Earlier turns are re-read on every message: look them up by their raw text before normalising.
const rawCache = createLru<string, TextDocument>(MAX_DOCUMENTS);

export function readDocument(raw: string): TextDocument {
  const known = rawCache.get(raw);
  if (known) return known;
  const text = expandShorthand(foldText(raw).slice(0, MAX_ANALYSED_CHARS));
  const hit = cache.get(text);
  if (hit) {
    rawCache.set(raw, hit);
    return hit;
  }
  const { tokens, sentences } = tokenize(text);
  const quantities = readQuantities(tokens, sentences);
  const context = readContext(tokens, sentences, quantities);
  const doc: TextDocument = { text, tokens, sentences, ...context, quantities, memo: new Map() };
  cache.set(text, doc);
  rawCache.set(raw, doc);
  return doc;
}
