// Concept findings in a document, each with the context a rule needs: negated, inside a question or
// hypothetical, and how long ago. Results are memoised on the (cached) document per lexicon.
import type { TextDocument } from "./document.ts";
import { matchLexicon } from "./matcher.ts";
import { negationScope } from "./negation.ts";
import type { Lexicon } from "./patterns.ts";

export interface Finding {
  concept: string;
  start: number;
  end: number;
  negated: boolean;
  hypothetical: boolean;
  daysAgo: number;
  /** The words that matched, for reviewers. */
  text: string;
}

export function findConcepts(doc: TextDocument, lexicon: Lexicon): Finding[] {
  const key = `findings:${lexicon.name}`;
  const memo = doc.memo.get(key) as Finding[] | undefined;
  if (memo) return memo;
  const all = matchLexicon(lexicon, {
    tokens: doc.tokens,
    sentences: doc.sentences,
    masked: doc.masked,
  });
  const suppressors = all.filter((h) => lexicon.suppressors.has(h.concept));
  const hits = all.filter((h) => {
    const by = lexicon.suppressedBy[h.concept];
    return !by?.some((c) =>
      suppressors.some((o) => o.concept === c && o.start < h.end && h.start < o.end),
    );
  });
  const consumed = new Uint8Array(doc.tokens.length);
  for (const h of hits) for (let i = h.start; i < h.end; i++) consumed[i] = 1;
  const negated = negationScope(doc.tokens, doc.sentences, consumed);
  const findings = hits.map((h) => ({
    concept: h.concept,
    start: h.start,
    end: h.end,
    negated: negated[h.start] === 1,
    hypothetical: doc.hypothetical[h.start] === 1,
    daysAgo: doc.daysAgo[h.start] ?? 0,
    text: doc.tokens
      .slice(h.start, h.end)
      .map((t) => t.value)
      .join(" "),
  }));
  doc.memo.set(key, findings);
  return findings;
}
