// Whose words a crisis finding is (clinical-safety.md §3.3): the patient's own, someone else's reported
// in a supporter's question ("my teen said 'I want to die', how do I talk to her?"), or a character's in
// fiction or role-play. Only the patient's own words set a personal tier; method-seeking always counts.
import type { TextDocument } from "../text/document.ts";
import type { Finding } from "../text/findings.ts";

/** Findings a supporter may be reporting about someone else. */
export const ABOUT_SOMEONE_ELSE: ReadonlySet<string> = new Set([
  "WISH_DEAD",
  "SUICIDAL",
  "SELF_HARM",
  "DISTRESS",
  "GRIEF",
  "METHOD_THOUGHTS",
  "METHOD_THOUGHTS_IF_CONTEXT",
  "DENIED_HARM",
  "FINALITY",
]);

/** Findings that still count inside a story or role-play: asking for method detail, naming suicide. */
const COUNTS_IN_FICTION: ReadonlySet<string> = new Set([
  "METHOD_SEEKING",
  "METHOD_SEEKING_IF_CONTEXT",
  "DOSE_ENOUGH",
  "SUICIDE_MENTION",
  "FICTION",
  "SUPPORT",
]);

const SPEAKER = new Set(["i", "me", "myself"]);
const REPORTING = new Set([
  "said",
  "says",
  "say",
  "saying",
  "told",
  "tells",
  "texted",
  "messaged",
  "posted",
  "wrote",
  "writes",
  "screamed",
  "shouted",
  "yelled",
]);
// How far before a finding its speaker may stand ("I've been so down", "I really want to die").
const SPEAKER_WINDOW = 3;

function sentenceOf(doc: TextDocument, token: number): { start: number; end: number } {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((doc.sentences[mid]?.start ?? 0) <= token) lo = mid;
    else hi = mid - 1;
  }
  return doc.sentences[lo] ?? { start: 0, end: doc.tokens.length };
}

/** 1 for tokens between double quotes (reported speech); memoised on the document. */
function quoted(doc: TextDocument): Uint8Array {
  const hit = doc.memo.get("crisis:quoted") as Uint8Array | undefined;
  if (hit) return hit;
  const mask = new Uint8Array(doc.tokens.length);
  let open = false;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (doc.tokens[i]?.value === '"') open = !open;
    else if (open) mask[i] = 1;
  }
  doc.memo.set("crisis:quoted", mask);
  return mask;
}

function isSpeaker(doc: TextDocument, i: number, inQuotes: Uint8Array): boolean {
  if (!SPEAKER.has(doc.tokens[i]?.norm ?? "") || inQuotes[i] === 1) return false;
  // "she said I want to die": the "I" is hers, unless the patient is the one who said it.
  const before = doc.tokens[i - 1]?.norm ?? "";
  const reporter = doc.tokens[i - 2]?.norm ?? "";
  return !REPORTING.has(before) || SPEAKER.has(reporter);
}

/** The patient speaks the finding: "I" just before it or inside it, not quoted or reported. */
export function patientSays(doc: TextDocument, f: Finding): boolean {
  const inQuotes = quoted(doc);
  const from = Math.max(sentenceOf(doc, f.start).start, f.start - SPEAKER_WINDOW);
  for (let i = from; i < f.end; i++) if (isSpeaker(doc, i, inQuotes)) return true;
  return false;
}

/**
 * Findings that are not the patient's own: what a supporter reports ("how do I help my son who wants to
 * die?") and what happens in a story or role-play. A third-person attempt in a supporter's question
 * counts only when it is dated (recent): "her dad tried to kill himself" with no date is history to explain.
 */
export function notThePatients(doc: TextDocument, f: Finding, all: readonly Finding[]): boolean {
  const fiction = all.some((o) => o.concept === "FICTION");
  if (fiction && !COUNTS_IN_FICTION.has(f.concept) && !patientSays(doc, f)) return true;
  if (!all.some((o) => o.concept === "SUPPORT")) return false;
  if (ABOUT_SOMEONE_ELSE.has(f.concept)) return !patientSays(doc, f);
  if (f.concept === "ATTEMPT") return f.daysAgo === 0 && !patientSays(doc, f);
  return false;
}
