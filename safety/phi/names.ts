// Catches names a patient gives: after a cue ("my name is", "Dr.", "my son", "Hi", a sign-off),
// known given names and surnames and surname-shaped words, and unknown capitalised words that the
// sentence shows are people (speech verbs, speaker labels, vocatives, lists, a repeated name).
// States after "I'm" ("I'm Tired"), eponyms ("Parkinson's disease") and drugs are not names.

import { findNameContext } from "./name-context.ts";
import { type CueMode, NAME_CUES, SIGN_OFF } from "./name-cues.ts";
import {
  type Doc,
  docOf,
  gazetteerRun,
  nameTokens,
  notAPerson,
  readRun,
  spanOfRun,
  usable,
} from "./name-runs.ts";
import { isKnown } from "./name-tokens.ts";
import type { Candidate } from "./span.ts";

const LINE_END = /^[ \t.!,]*(?:\r?\n|$)/;
// "a drug called Lyrica", "a protein called Sonic Hedgehog": the thing named is not a person.
const THING_NAMED =
  /\b(?:medication|medicine|drug|pill|tablet|tablets|cream|inhaler|injection|condition|disease|disorder|syndrome|illness|infection|virus|bacteria|protein|gene|enzyme|hormone|test|scan|procedure|operation|surgery|treatment|therapy|app|website|program|programme|device|product|brand|supplement|vitamin|food|diet|book|group|charity|clinic|hospital|thing|something|one|stuff|place|area|town|village|street|road|company|plan|scheme|service)[ \t]{1,3}(?:is[ \t]{1,3}|was[ \t]{1,3})?(?:also[ \t]{1,3})?(?:called|named|known as)[ \t]{1,3}$/i;
const TEXT_END = /^[ \t.!]*$/;

function cueRun(doc: Doc, run: number[], mode: CueMode): number[] | null {
  const names = nameTokens(doc, run);
  const first = names[0];
  if (first === undefined) return null;
  if (first.shape === "lower") {
    const ok =
      mode === "name" ||
      (mode === "weak"
        ? first.kind === "given" && first.key.length >= 3
        : isKnown(first.kind) && first.key.length >= 2);
    return ok && !notAPerson(doc, run, true) ? run : null;
  }
  if (mode === "weak") {
    const gazetteer = gazetteerRun(doc, run);
    if (gazetteer !== null) return gazetteer;
    return names.length >= 2 && !notAPerson(doc, run, false) ? run : null;
  }
  return notAPerson(doc, run, mode !== "name") ? null : run;
}

// After "my name is" even an everyday word is the name ("Her maiden name is Key"), unless it is
// a word that carries the sentence on.
const CARRY_ON = new Set(
  "a an the not on in at is was and but also still just very really spelled spelt listed written".split(
    " ",
  ),
);

function statedName(doc: Doc, index: number, mode: CueMode): number[] | null {
  const token = doc.tokens[index];
  if (mode !== "name" || token === undefined || token.shape === "lower") return null;
  return CARRY_ON.has(token.key) || token.key.length < 2 ? null : [index];
}

function cued(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  for (const { pattern, mode } of NAME_CUES) {
    for (const match of doc.text.matchAll(pattern)) {
      const index = doc.at.get(match.index + match[0].length);
      if (index === undefined) continue;
      // "MS Contin", "ST elevation": a title in capitals is an abbreviation unless all is capitals.
      if (mode === "title" && !doc.shouting && /^[A-Z]{2,}\b/.test(match[0])) continue;
      if (
        mode === "weak" &&
        THING_NAMED.test(
          doc.text.slice(Math.max(0, match.index - 40), match.index + match[0].length),
        )
      )
        continue;
      const run = readRun(doc, index, true, mode === "name");
      const kept = run.length > 0 ? cueRun(doc, run, mode) : statedName(doc, index, mode);
      const span = kept === null ? null : spanOfRun(doc, kept);
      if (span !== null) out.push(span);
    }
  }
  for (const match of doc.text.matchAll(SIGN_OFF)) {
    const dash = /[-–—~][ \t]{0,2}$/.test(match[0]) && !/[a-z]/i.test(match[0]);
    const before = doc.text.slice(Math.max(0, match.index - 4), match.index);
    if (!dash && match.index > 0 && !/(?:^|\n|[.!?][ \t]{0,3})$/.test(before)) continue;
    const index = doc.at.get(match.index + match[0].length);
    if (index === undefined) continue;
    const run = readRun(doc, index, true);
    const kept = run.length > 0 ? cueRun(doc, run, "greeting") : null;
    const span = kept === null ? null : spanOfRun(doc, kept);
    if (span === null) continue;
    const rest = doc.text.slice(span.end);
    if (dash ? TEXT_END.test(rest) : LINE_END.test(rest)) out.push(span);
  }
  return out;
}

function gazetteer(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = doc;
  let covered = -1;
  for (const token of tokens) {
    if (token.index <= covered) continue;
    if (token.shape === "lower") {
      // Lower-case given names count alone when long enough not to be a common word.
      if (token.kind !== "given" || token.key.length < 5) continue;
      const around = doc.text.slice(Math.max(0, token.start - 1), token.end + 1);
      if (/^[@./_]|[@/_]$|\.\p{L}$/u.test(around)) continue;
      const run = readRun(doc, token.index, true);
      if (notAPerson(doc, run, false)) continue;
      const span = spanOfRun(doc, run);
      if (span !== null) out.push(span);
      covered = run[run.length - 1] ?? token.index;
      continue;
    }
    if (!usable(doc, token, false) && token.shape !== "initial") continue;
    const run = readRun(doc, token.index, false);
    if (run.length === 0) continue;
    covered = run[run.length - 1] ?? token.index;
    const kept = gazetteerRun(doc, run);
    const span = kept === null ? null : spanOfRun(doc, kept);
    if (span !== null) out.push(span);
  }
  return out;
}

/** Overlapping or space-separated name spans become one: "Sarah" + "Jones" → "Sarah Jones". */
function merge(text: string, spans: Candidate[]): Candidate[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
    } else if (last !== undefined && /^[ \t]$/.test(text.slice(last.end, span.start))) {
      last.end = span.end;
    } else {
      out.push({ ...span });
    }
  }
  return out;
}

export function findNames(text: string): Candidate[] {
  const doc = docOf(text);
  const seeds = [...cued(doc), ...gazetteer(doc)];
  return merge(text, findNameContext(doc, seeds));
}
