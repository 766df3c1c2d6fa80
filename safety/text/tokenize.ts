// Tokens and sentences from wink-nlp: one shared instance, loaded once per process. The model's own
// lexicon (~85k English words) tells us which words are known, so typo correction never rewrites them.

import model from "wink-eng-lite-web-model";
import winkNLP, { type ItsFunction } from "wink-nlp";

export type TokenKind = "word" | "number" | "punct" | "emoji" | "other";

export interface Token {
  /** The token as written (folded). */
  value: string;
  /** wink's normal form: contractions expanded ("n't" → "not", "ca" → "can"). */
  norm: string;
  lemma: string;
  kind: TokenKind;
  pos: string;
  /** In the English lexicon (or not a word at all): never typo-corrected. */
  known: boolean;
  /** value, norm and lemma without repeats: what patterns match against. */
  forms: readonly string[];
}

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
}

export interface Tokenized {
  tokens: Token[];
  sentences: Span[];
}

const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;
// The first out-of-vocabulary word gets the first id past the built-in lexicon.
const FIRST_OOV_ID =
  nlp.readDoc("zqxjvbqk").tokens().out(its.uniqueId)[0] ?? Number.MAX_SAFE_INTEGER;

const knownCache = new Map<string, boolean>();

function isKnownWord(word: string): boolean {
  let known = knownCache.get(word);
  if (known === undefined) {
    known = (nlp.readDoc(word).tokens().out(its.uniqueId)[0] ?? FIRST_OOV_ID) < FIRST_OOV_ID;
    if (knownCache.size > 10_000) knownCache.clear();
    knownCache.set(word, known);
  }
  return known;
}

/** "hippos" is the plural of a known word even when the lexicon lacks the plural itself. */
function pluralOfKnown(word: string): boolean {
  if (!word.endsWith("s") || word.length < 5) return false;
  return isKnownWord(word.slice(0, -1)) || (word.endsWith("es") && isKnownWord(word.slice(0, -2)));
}

const KIND: Record<string, TokenKind> = {
  word: "word",
  number: "number",
  ordinal: "number",
  punctuation: "punct",
  emoji: "emoji",
  emoticon: "emoji",
};

export function tokenize(text: string): Tokenized {
  const doc = nlp.readDoc(text);
  const all = doc.tokens();
  const values = all.out(its.value);
  const norms = all.out(its.normal);
  const lemmas = all.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const types = all.out(its.type);
  const pos = all.out(its.pos);
  const ids = all.out(its.uniqueId);
  const tokens: Token[] = values.map((value, i) => {
    const kind = KIND[types[i] ?? ""] ?? "other";
    const id = ids[i] ?? 0;
    const norm = norms[i] ?? value;
    const lemma = lemmas[i] ?? value;
    const forms = [value];
    if (norm !== value) forms.push(norm);
    if (lemma !== value && lemma !== norm) forms.push(lemma);
    return {
      value,
      norm,
      lemma,
      forms,
      kind,
      pos: pos[i] ?? "",
      known:
        kind !== "word" || id < FIRST_OOV_ID || !/^[a-z]+$/.test(value) || pluralOfKnown(value),
    };
  });
  const spans = doc
    .sentences()
    .out(its.span as unknown as ItsFunction<number[]>) as unknown as number[][];
  const sentences: Span[] = spans.map(([start = 0, last = 0]) => ({ start, end: last + 1 }));
  return { tokens, sentences };
}
