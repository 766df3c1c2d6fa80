// Which tokens sit inside an education or hypothetical frame ("what are the signs of…", "if someone
// has…", "can a baby get…"). A personal report later in the sentence ("my dad's face…") or a live
// reading ("…is 38.5") ends the frame: questions never hide a real report.
import type { Hit } from "./matcher.ts";
import type { Quantity } from "./quantities.ts";
import type { Span, Token } from "./tokenize.ts";

const QUESTION_WORDS = new Set([
  "what",
  "how",
  "why",
  "when",
  "where",
  "which",
  "who",
  "can",
  "could",
  "is",
  "are",
  "does",
  "do",
  "should",
  "will",
  "would",
]);

const WH_WORDS = new Set(["what", "how", "why", "when", "where", "which", "who"]);

/**
 * Opens like a question. A negated auxiliary without a question mark is a report with its subject
 * dropped ("couldnt talk properly for 5 min", "can't feel my legs"), not a question.
 */
function opensQuestion(tokens: readonly Token[], s: Span): boolean {
  const first = tokens[s.start]?.norm ?? "";
  if (!QUESTION_WORDS.has(first)) return false;
  if (WH_WORDS.has(first) || tokens[s.end - 1]?.value === "?") return true;
  return tokens[s.start + 1]?.norm !== "not";
}

/** A plain statement outside any frame ("runny nose for 2 days") reports something, a question may not. */
export function isStatement(tokens: readonly Token[], s: Span, hypothetical: Uint8Array): boolean {
  if (opensQuestion(tokens, s) || tokens[s.end - 1]?.value === "?") return false;
  for (let i = s.start; i < s.end; i++)
    if (hypothetical[i] !== 1 && tokens[i]?.kind === "word") return true;
  return false;
}

const GENERIC_SUBJECTS = new Set([
  "a",
  "an",
  "someone",
  "somebody",
  "anyone",
  "anybody",
  "people",
  "you",
  "one",
  "women",
  "men",
  "parents",
  "kids",
  "children",
  "babies",
  "adults",
  "person",
  "patients",
]);
const PERSONAL_WORDS = new Set(["i", "me", "my", "we", "our", "us", "mine"]);

/**
 * A question about people in general ("can a baby get hay fever?", "is chest pain always a heart
 * attack?") with nobody of the patient's own in it: the whole sentence is education.
 */
function isGeneralQuestion(
  tokens: readonly Token[],
  s: Span,
  hits: readonly Hit[],
  anchors: Uint8Array,
  reading: Uint8Array,
): boolean {
  const asked = opensQuestion(tokens, s) || tokens[s.end - 1]?.value === "?";
  if (!asked) return false;
  for (let i = s.start; i < s.end; i++) if (reading[i] === 1) return false;
  let generic = hits.some((h) => h.concept === "GENERAL" && h.start >= s.start && h.start < s.end);
  for (let i = s.start; i < s.end; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (PERSONAL_WORDS.has(t.norm) || anchors[i] === 1) return false;
    if (i < s.start + 6 && GENERIC_SUBJECTS.has(t.norm)) generic = true;
  }
  return generic;
}

function sentenceStart(sentences: readonly Span[], token: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid]?.start ?? 0) <= token) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo]?.start ?? 0;
}

export function markHypothetical(
  tokens: readonly Token[],
  sentences: readonly Span[],
  hits: readonly Hit[],
  quantities: readonly Quantity[],
): Uint8Array {
  const hyp = new Uint8Array(tokens.length);
  const anchors = new Uint8Array(tokens.length + 1);
  const subordinators = new Uint8Array(tokens.length + 1);
  for (const h of hits) {
    if (h.concept === "ANCHOR") anchors[h.start] = 1;
    else if (h.concept === "SUBORDINATOR") subordinators[h.start] = 1;
  }
  const live = hits
    .filter((h) => h.concept === "CONCRETE")
    .map((h) => h.start)
    .concat(
      quantities
        .filter((q) => q.kind === "temperature" || q.kind === "glucose" || q.kind === "minutes")
        .map((q) => q.at),
    );
  const concrete = (from: number, to: number): boolean => live.some((i) => i >= from && i < to);
  const concreteWords = new Set(hits.filter((h) => h.concept === "CONCRETE").map((h) => h.start));
  const concreteWord = (i: number): boolean => concreteWords.has(i);
  const readings = new Uint8Array(tokens.length);
  for (const q of quantities) {
    if (q.kind === "temperature" || q.kind === "glucose" || q.kind === "minutes")
      readings[q.at] = 1;
  }
  const framesBySentence = new Map<number, Hit[]>();
  for (const h of hits) {
    if (h.concept !== "EDUCATION" && h.concept !== "GENERIC_IF" && h.concept !== "EDUCATION_HEAD")
      continue;
    const list = framesBySentence.get(sentenceStart(sentences, h.start)) ?? [];
    list.push(h);
    framesBySentence.set(sentenceStart(sentences, h.start), list);
  }
  for (const s of sentences) {
    if (isGeneralQuestion(tokens, s, hits, anchors, readings)) {
      hyp.fill(1, s.start, s.end);
      continue;
    }
    const frames = (framesBySentence.get(s.start) ?? []).filter(
      (h) => h.concept !== "EDUCATION_HEAD" || h.start === s.start,
    );
    for (const frame of frames) {
      // A live reading inside the question ("is it normal for a newborn to be 38.5?") is a report.
      if (
        concrete(frame.start, s.end) &&
        live.some((i) => i >= s.start && i < s.end && !concreteWord(i))
      )
        continue;
      let end = s.end;
      for (let i = frame.end; i < s.end; i++) {
        const t = tokens[i];
        if (!t) continue;
        if (t.norm === "but" || t.norm === "however") {
          end = i;
          break;
        }
        if (anchors[i] !== 1) continue;
        const subordinated = subordinators[i - 1] === 1 || (i >= 2 && subordinators[i - 2] === 1);
        // "how do I know if my baby has…" stays a question unless it gives live details ("…is 38.5").
        if (!subordinated || concrete(i, s.end)) {
          end = i;
          break;
        }
      }
      for (let i = frame.start; i < end; i++) hyp[i] = 1;
    }
  }
  return hyp;
}
