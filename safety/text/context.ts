// Per-sentence context for every finding: which tokens are idioms (masked), which sit inside an
// education or hypothetical frame, and how long ago each clause happened. Past events long ago and
// "what are the signs of…" questions must not fire; "earlier today… fine now" still must (P2).

import { FRAME_CONCEPTS, FRAME_MACROS } from "./frames.ts";
import { isStatement, markHypothetical } from "./hypothetical.ts";
import { type Hit, matchLexicon } from "./matcher.ts";
import { compileLexicon } from "./patterns.ts";
import type { Quantity } from "./quantities.ts";
import { daysIn, markRecency, onsetDays, splitClauses } from "./recency.ts";
import type { Span, Token } from "./tokenize.ts";

export interface TextContext {
  /** 1 where an idiom claimed the token. */
  masked: Uint8Array;
  /** 1 where the token sits in an education / hypothetical frame. */
  hypothetical: Uint8Array;
  /** How many days ago the token's clause happened; 0 = now or unstated. */
  daysAgo: Float64Array;
  clauses: Span[];
  /** Some sentence outside a frame speaks about a person ("I", "my son", "he is…"). */
  personal: boolean;
  /** Some sentence is a plain statement rather than a question. */
  statement: boolean;
  /** Explicit durations ("for 3 weeks", "most days"), in days. */
  durations: { days: number; at: number }[];
  frameHits: Hit[];
}

const FRAMES = compileLexicon("frames", FRAME_CONCEPTS, FRAME_MACROS);

function clauseStartOf(clauses: readonly Span[], token: number): number {
  for (const c of clauses) if (token >= c.start && token < c.end) return c.start;
  return 0;
}

const PERSONAL = new Set(["i", "me", "my", "mine", "myself", "we", "our", "us", "ours"]);

export function readContext(
  tokens: readonly Token[],
  sentences: readonly Span[],
  quantities: readonly Quantity[],
): TextContext {
  const hits = matchLexicon(FRAMES, { tokens, sentences });
  const masked = new Uint8Array(tokens.length);
  for (const h of hits)
    if (h.concept === "IDIOM") for (let i = h.start; i < h.end; i++) masked[i] = 1;
  const clauses = splitClauses(tokens, sentences);
  const hypothetical = markHypothetical(tokens, sentences, hits, quantities);
  const daysAgo = markRecency(tokens, clauses, hits);
  const durations: { days: number; at: number }[] = [];
  for (const h of hits) {
    const onset = onsetDays(tokens, h, clauseStartOf(clauses, h.start));
    if (onset !== undefined) durations.push({ days: onset, at: h.start });
    if (h.concept !== "DURATION") continue;
    const words = tokens.slice(h.start, h.end).map((t) => t.value);
    const days = words.includes("most") || words.includes("every") ? 14 : daysIn(tokens, h);
    if (days !== undefined) durations.push({ days, at: h.start });
  }
  const statement = sentences.some((s) => isStatement(tokens, s, hypothetical));
  let personal = statement;
  for (let i = 0; i < tokens.length && !personal; i++) {
    const t = tokens[i];
    if (hypothetical[i] === 1 || !t) continue;
    if (PERSONAL.has(t.norm) || hits.some((h) => h.concept === "ANCHOR" && h.start === i))
      personal = true;
  }
  return {
    masked,
    hypothetical,
    daysAgo,
    clauses,
    personal,
    statement,
    durations,
    frameHits: hits,
  };
}
