// What the rules look at: valid findings and quantities from one or more patient messages, filtered
// by a view (now / recent weeks / ever). Negated and hypothetical findings never count.
import type { TextDocument } from "./document.ts";
import { type Finding, findConcepts } from "./findings.ts";
import type { Lexicon } from "./patterns.ts";

export interface View {
  /** Findings whose clause happened at most this many days ago count. */
  maxDaysAgo: number;
  /** Concepts that count even inside a question or hypothetical ("hypothetically, what's a lethal dose"). */
  anyFraming?: ReadonlySet<string>;
  /** Drops findings a check knows do not apply (e.g. a supporter's question about someone else). */
  exclude?: (doc: TextDocument, finding: Finding, all: readonly Finding[]) => boolean;
}

const memoKeys = new WeakMap<View, string>();
let nextKey = 0;

/** Lets a long-lived view's evidence be memoised per document (views must not change afterwards). */
export function sharedView<V extends View>(view: V): V {
  memoKeys.set(view, `evidence${nextKey++}`);
  return view;
}

export const NOW: View = sharedView({ maxDaysAgo: 2 });
export const RECENT: View = sharedView({ maxDaysAgo: 30 });
export const EVER: View = sharedView({ maxDaysAgo: Number.POSITIVE_INFINITY });

export interface Evidence {
  concepts: ReadonlyMap<string, readonly Finding[]>;
  numbers: ReadonlyMap<string, readonly number[]>;
  temperatures: readonly number[];
  ages: readonly number[];
  gestations: readonly number[];
  glucose: readonly number[];
  durations: readonly number[];
  minutes: readonly number[];
  personal: boolean;
  statement: boolean;
}

function counts(doc: TextDocument, at: number, view: View): boolean {
  return doc.hypothetical[at] !== 1 && (doc.daysAgo[at] ?? 0) <= view.maxDaysAgo;
}

export function gatherEvidence(
  docs: readonly TextDocument[],
  lexicon: Lexicon,
  view: View,
): Evidence {
  // One document under a shared view is the common case: memoise it on the (cached) document.
  const only = docs.length === 1 ? docs[0] : undefined;
  const key = only ? memoKeys.get(view) : undefined;
  if (only && key) {
    const hit = only.memo.get(`${key}:${lexicon.name}`) as Evidence | undefined;
    if (hit) return hit;
    const ev = collect(docs, lexicon, view);
    only.memo.set(`${key}:${lexicon.name}`, ev);
    return ev;
  }
  return collect(docs, lexicon, view);
}

function collect(docs: readonly TextDocument[], lexicon: Lexicon, view: View): Evidence {
  const concepts = new Map<string, Finding[]>();
  const numbers = new Map<string, number[]>();
  const ev = {
    temperatures: [] as number[],
    ages: [] as number[],
    gestations: [] as number[],
    glucose: [] as number[],
    durations: [] as number[],
    minutes: [] as number[],
  };
  let personal = false;
  let statement = false;
  for (const doc of docs) {
    personal ||= doc.personal;
    statement ||= doc.statement;
    const found = findConcepts(doc, lexicon);
    for (const f of found) {
      const framed = f.hypothetical && !view.anyFraming?.has(f.concept);
      if (f.negated || framed || f.daysAgo > view.maxDaysAgo) continue;
      if (view.exclude?.(doc, f, found)) continue;
      const list = concepts.get(f.concept);
      if (list) list.push(f);
      else concepts.set(f.concept, [f]);
      for (let i = f.start; i < f.end; i++) {
        const t = doc.tokens[i];
        if (t?.kind !== "number") continue;
        const n = Number(t.value);
        if (!Number.isFinite(n)) continue;
        const ns = numbers.get(f.concept);
        if (ns) ns.push(n);
        else numbers.set(f.concept, [n]);
      }
    }
    for (const q of doc.quantities) {
      if (!counts(doc, q.at, view)) continue;
      if (q.kind === "temperature") ev.temperatures.push(q.celsius);
      else if (q.kind === "age") ev.ages.push(q.months);
      else if (q.kind === "gestation") ev.gestations.push(q.weeks);
      else if (q.kind === "glucose") ev.glucose.push(q.mmol);
      else if (q.kind === "duration") ev.durations.push(q.days);
      else if (q.kind === "minutes") ev.minutes.push(q.minutes);
    }
    for (const d of doc.durations) if (counts(doc, d.at, view)) ev.durations.push(d.days);
  }
  return { concepts, numbers, personal, statement, ...ev };
}
