// Small helpers for reading one claim in model output: what comes just before it in its clause.

const NEGATORS =
  /\b(?:not|no|never|don't|do not|doesn't|does not|didn't|won't|will not|wouldn't|shouldn't|should not|can't|cannot|can not|mustn't|must not|isn't|is not|aren't|are not|nor|rather than|instead of|without|unlikely)\b/;

/** The words of the same clause before `index`, at most `words` of them. */
export function clauseBefore(folded: string, index: number, words = 6): string {
  const head = folded.slice(0, index);
  const start = Math.max(head.lastIndexOf(","), head.lastIndexOf(";"), head.lastIndexOf(":"));
  const clause = head.slice(start + 1).trim();
  return clause.split(/\s+/).slice(-words).join(" ");
}

/** True when a negation governs the claim starting at `index` ("don't stop taking …"). */
export function negatedAt(folded: string, index: number, words = 6): boolean {
  return NEGATORS.test(clauseBefore(folded, index, words));
}

/** Citation markers removed: "[p1]" carries digits that are not clinical numbers. */
export function withoutCitations(text: string): string {
  return text.replace(/\[\s*p\d{1,3}(?:\s*[,;]\s*p\d{1,3})*\s*\]/gi, " ");
}
