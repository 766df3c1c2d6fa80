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
  /** Keeps a framed finding all the same ("what if I just killed myself" is still about the patient). */
  framedStillCounts?: (doc: TextDocument, finding: Finding) => boolean;
  /** Drops findings a check knows do not apply (e.g. a supporter's question about someone else). */
  exclude?: (doc: TextDocument, finding: Finding, all: readonly Finding[]) => boolean;
  /**
   * Standing context that still counts when it happened longer ago, with its own limit in days: a
   * baby born two weeks ago or chemotherapy last week still matter to today's breathlessness or fever.
   */
  background?: ReadonlyMap<string, number>;
}

const memoKeys = new WeakMap<View, string>();
let nextKey = 0;

/** Lets a long-lived view's evidence be memoised per document (views must not change afterwards). */
export function sharedView<V extends View>(view: V): V {
  memoKeys.set(view, `evidence${nextKey++}`);
  return view;
}

const memoKeyCache = new WeakMap<View, Map<string, string>>();

function memoKeyFor(view: View, lexicon: Lexicon): string | undefined {
  const base = memoKeys.get(view);
  if (!base) return undefined;
  let byLexicon = memoKeyCache.get(view);
  if (!byLexicon) {
    byLexicon = new Map();
    memoKeyCache.set(view, byLexicon);
  }
  let key = byLexicon.get(lexicon.name);
  if (!key) {
    key = `${base}:${lexicon.name}`;
    byLexicon.set(lexicon.name, key);
  }
  return key;
}

export const NOW: View = sharedView({ maxDaysAgo: 2 });
export const RECENT: View = sharedView({ maxDaysAgo: 30 });
export const EVER: View = sharedView({ maxDaysAgo: Number.POSITIVE_INFINITY });

/** The read-only slice of a Map the rules need; several documents' maps can stand behind one. */
export interface Index<V> {
  has(key: string): boolean;
  get(key: string): V | undefined;
}

export interface Evidence {
  concepts: Index<readonly Finding[]>;
  numbers: Index<readonly number[]>;
  temperatures: readonly number[];
  ages: readonly number[];
  gestations: readonly number[];
  glucose: readonly number[];
  durations: readonly number[];
  minutes: readonly number[];
  /** Blood-pressure readings: systolic and diastolic at the same index. */
  systolic: readonly number[];
  diastolic: readonly number[];
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
  const key = memoKeyFor(view, lexicon);
  if (!key) return collect(docs, lexicon, view);
  // Each document's evidence is memoised on the (cached) document; a conversation merges them.
  const parts = docs.map((doc) => {
    const hit = doc.memo.get(key) as Evidence | undefined;
    if (hit) return hit;
    const ev = collect([doc], lexicon, view);
    doc.memo.set(key, ev);
    return ev;
  });
  return parts.length === 1 ? (parts[0] as Evidence) : merge(parts);
}

class UnionIndex<V> implements Index<readonly V[]> {
  private merged?: Map<string, readonly V[]>;
  constructor(private readonly parts: readonly Index<readonly V[]>[]) {}
  has(key: string): boolean {
    for (const p of this.parts) if (p.has(key)) return true;
    return false;
  }
  get(key: string): readonly V[] | undefined {
    const cached = this.merged?.get(key);
    if (cached) return cached;
    let out: V[] | undefined;
    for (const p of this.parts) {
      const v = p.get(key);
      if (v) out = out ? out.concat(v) : [...v];
    }
    if (out) {
      this.merged ??= new Map();
      this.merged.set(key, out);
    }
    return out;
  }
}

const EMPTY: readonly number[] = [];

function merge(parts: readonly Evidence[]): Evidence {
  const cat = (pick: (e: Evidence) => readonly number[]): readonly number[] => {
    let out: number[] | undefined;
    for (const p of parts) {
      const v = pick(p);
      if (v.length > 0) out = out ? out.concat(v) : [...v];
    }
    return out ?? EMPTY;
  };
  return {
    concepts: new UnionIndex(parts.map((p) => p.concepts)),
    numbers: new UnionIndex(parts.map((p) => p.numbers)),
    temperatures: cat((e) => e.temperatures),
    ages: cat((e) => e.ages),
    gestations: cat((e) => e.gestations),
    glucose: cat((e) => e.glucose),
    durations: cat((e) => e.durations),
    minutes: cat((e) => e.minutes),
    systolic: cat((e) => e.systolic),
    diastolic: cat((e) => e.diastolic),
    personal: parts.some((p) => p.personal),
    statement: parts.some((p) => p.statement),
  };
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
    systolic: [] as number[],
    diastolic: [] as number[],
  };
  let personal = false;
  let statement = false;
  for (const doc of docs) {
    personal ||= doc.personal;
    statement ||= doc.statement;
    const found = findConcepts(doc, lexicon);
    for (const f of found) {
      const framed =
        f.hypothetical && !view.anyFraming?.has(f.concept) && !view.framedStillCounts?.(doc, f);
      const limit = view.background?.get(f.concept) ?? view.maxDaysAgo;
      if (f.negated || framed || f.daysAgo > limit) continue;
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
      else if (q.kind === "bloodPressure") {
        ev.systolic.push(q.systolic);
        ev.diastolic.push(q.diastolic);
      }
    }
    for (const d of doc.durations) if (counts(doc, d.at, view)) ev.durations.push(d.days);
  }
  return { concepts, numbers, personal, statement, ...ev };
}
