import { createLru } from "../text/lru.ts";
import { CHECK_BUDGET_MS } from "../types.ts";
import { type OutputCheck, type OutputContext, reportOf } from "./types.ts";

// Catches citations of passages the model was never shown ("[p7]" when only p1-p3 were supplied):
// a made-up source is worse than none. Redaction placeholders such as [NAME] are not citations.

const CITATION = /\[\s*(p\d{1,3}(?:\s*[,;]\s*p\d{1,3})*)\s*\]/gi;

/** Passage labels cited in `text`, lower-cased, in order of first appearance. */
export function citedLabels(text: string): string[] {
  const labels: string[] = [];
  for (const match of text.matchAll(CITATION)) {
    for (const label of (match[1] ?? "").split(/\s*[,;]\s*/)) {
      const folded = label.toLowerCase();
      if (!labels.includes(folded)) labels.push(folded);
    }
  }
  return labels;
}

const passageFacts = createLru<string, Map<string, unknown>>(256);

/**
 * Something derived from a passage's text (its amounts, its claims), computed once per passage:
 * every streamed sentence is checked against the same cited passages.
 */
export function fromPassage<T>(text: string, name: string, derive: (text: string) => T): T {
  let facts = passageFacts.get(text);
  if (!facts) {
    facts = new Map();
    passageFacts.set(text, facts);
  }
  if (!facts.has(name)) facts.set(name, derive(text));
  return facts.get(name) as T;
}

/** The supplied passages cited anywhere in the draft so far. */
export function citedPassages(ctx: OutputContext): OutputContext["passages"] {
  const cited = new Set(citedLabels(ctx.draft));
  return ctx.passages.filter((p) => cited.has(p.label.toLowerCase()));
}

export const citationCheck: OutputCheck = {
  id: "output.citation",
  version: "1.0.0",
  budgetMs: CHECK_BUDGET_MS,
  run(ctx) {
    const supplied = new Set(ctx.passages.map((p) => p.label.toLowerCase()));
    const unknown = citedLabels(ctx.text).filter((label) => !supplied.has(label));
    return reportOf(
      unknown.length === 0
        ? []
        : [
            {
              ruleId: "output.citation.unknown",
              text: `Cites a passage it was not given (${unknown.join(", ")})`,
            },
          ],
    );
  },
};
