// A tiny pattern language over tokens, compiled once at module load. A pattern is space-separated
// elements: `word`, `a|b|c` alternatives, `stem*` prefix, `#` any number, `$MACRO` a named alternative
// set, `x?` optional, `~` / `~N` a gap of up to 3 / N tokens, and `[two words/other words]` a group
// of multi-word alternatives (expanded into separate patterns). Write words in wink's normal form.
import { createSpellCorrector, type SpellCorrector } from "./spelling.ts";

export type ConceptDefs = Readonly<Record<string, readonly string[]>>;
export type Macros = Readonly<Record<string, string>>;

export interface WordElement {
  kind: "word";
  exact: ReadonlySet<string>;
  prefixes: readonly string[];
  number: boolean;
  optional: boolean;
}

export interface GapElement {
  kind: "gap";
  max: number;
}

export type Element = WordElement | GapElement;

export interface Pattern {
  concept: string;
  source: string;
  elements: readonly Element[];
  /** Word sets of required later elements, smallest first: a sentence lacking one can't match. */
  anchors: readonly ReadonlySet<string>[];
  /** Position in its lexicon, for allocation-free bookkeeping while matching. */
  index: number;
  /**
   * The anchors as ids into the lexicon's shared `anchorSets`: patterns expanded from one group share
   * them, so a sentence is checked once per distinct set rather than once per pattern.
   */
  anchorIds: readonly number[];
}

export interface Lexicon {
  name: string;
  concepts: readonly string[];
  patterns: readonly Pattern[];
  /** Patterns indexed by the exact words their first element accepts. */
  byFirst: ReadonlyMap<string, readonly Pattern[]>;
  /** Patterns indexed by the first three letters of each prefix (`stem*`) their first element accepts. */
  byPrefix: ReadonlyMap<string, readonly Pattern[]>;
  /** Patterns whose first element accepts any number. */
  numberFirst: readonly Pattern[];
  /** Distinct anchor word sets, shared between patterns (see `Pattern.anchorIds`). */
  anchorSets: readonly ReadonlySet<string>[];
  corrector: SpellCorrector;
  /** concept → concepts whose overlapping finding cancels it ("hay fever" cancels FEVER). */
  suppressedBy: Readonly<Record<string, readonly string[]>>;
  suppressors: ReadonlySet<string>;
}

const DEFAULT_GAP = 3;

function compileElement(raw: string, macros: Macros, source: string): Element {
  const gap = /^~(\d*)$/.exec(raw);
  if (gap) return { kind: "gap", max: gap[1] ? Number(gap[1]) : DEFAULT_GAP };
  const optional = raw.endsWith("?") && raw.length > 1;
  const body = optional ? raw.slice(0, -1) : raw;
  const exact = new Set<string>();
  const prefixes: string[] = [];
  let number = false;
  const alternatives = body.split("|").flatMap((alt) => {
    if (!alt.startsWith("$")) return [alt];
    const expansion = macros[alt.slice(1)];
    if (expansion === undefined) throw new Error(`Unknown macro ${alt} in pattern "${source}"`);
    return expansion.split("|");
  });
  for (const alt of alternatives) {
    if (alt === "") throw new Error(`Empty alternative in pattern "${source}"`);
    if (alt === "#") number = true;
    else if (alt.endsWith("*")) {
      if (alt.length < 4) throw new Error(`Prefix "${alt}" is too short in pattern "${source}"`);
      prefixes.push(alt.slice(0, -1));
    } else exact.add(alt);
  }
  return { kind: "word", exact, prefixes, number, optional };
}

export function compilePattern(concept: string, source: string, macros: Macros = {}): Pattern {
  const elements = source
    .trim()
    .split(/\s+/)
    .map((raw) => compileElement(raw, macros, source));
  const first = elements[0];
  const last = elements[elements.length - 1];
  if (first?.kind !== "word" || first.optional) {
    throw new Error(`Pattern "${source}" must start with a required word element`);
  }
  if (last?.kind !== "word") throw new Error(`Pattern "${source}" must end with a word`);
  const anchors = elements
    .slice(1)
    .filter(
      (el): el is WordElement =>
        el.kind === "word" && !el.optional && !el.number && el.prefixes.length === 0,
    )
    .map((el) => el.exact)
    .sort((a, b) => a.size - b.size)
    .slice(0, 2);
  return { concept, source, elements, anchors, index: -1, anchorIds: [] };
}

// Patterns may be written with contractions; tokens arrive in wink's normal form ("wo n't" → "will not").
const CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bwon't\b/g, "will not"],
  [/\bcan't\b/g, "can not"],
  [/\bshan't\b/g, "shall not"],
  [/\b([a-z]+)n't\b/g, "$1 not"],
  [/\bi'm\b/g, "i am"],
  [/\b([a-z]+)'ve\b/g, "$1 have"],
  [/\b([a-z]+)'ll\b/g, "$1 will"],
  [/\b([a-z]+)'d\b/g, "$1 would"],
  [/\b([a-z]+)'re\b/g, "$1 are"],
  [/\b(it|what|that|there|he|she|who|where|how)'s\b/g, "$1 is"],
];

export function normalizePatternSource(source: string): string {
  let out = source;
  for (const [re, to] of CONTRACTIONS) out = out.replace(re, to);
  return out;
}

/** Expands `[a b/c/d e]` groups into every combination of their alternatives. */
export function expandGroups(source: string): string[] {
  const group = /\[([^[\]]+)\]/.exec(source);
  if (!group) return [source];
  const before = source.slice(0, group.index);
  const after = source.slice(group.index + group[0].length);
  // A group is a whole element: "a|[b c]" would silently glue "a|b" to "c".
  if (/\S$/.test(before) || /^\S/.test(after)) {
    throw new Error(`Group ${group[0]} must stand alone as an element in pattern "${source}"`);
  }
  return (group[1] ?? "")
    .split("/")
    .flatMap((alt) => expandGroups(`${before} ${alt.trim()} ${after}`.replace(/\s+/g, " ").trim()));
}

export function compileLexicon(
  name: string,
  defs: ConceptDefs,
  macros: Macros = {},
  suppressedBy: Readonly<Record<string, readonly string[]>> = {},
): Lexicon {
  for (const [concept, by] of Object.entries(suppressedBy)) {
    for (const c of [concept, ...by]) {
      if (!(c in defs)) throw new Error(`Unknown concept ${c} in ${name} suppression list`);
    }
  }
  const patterns: Pattern[] = [];
  const anchorSets: ReadonlySet<string>[] = [];
  const anchorIdByKey = new Map<string, number>();
  const internAnchor = (set: ReadonlySet<string>): number => {
    const key = [...set].sort().join("|");
    let id = anchorIdByKey.get(key);
    if (id === undefined) {
      id = anchorSets.length;
      anchorSets.push(set);
      anchorIdByKey.set(key, id);
    }
    return id;
  };
  for (const [concept, sources] of Object.entries(defs)) {
    for (const source of sources) {
      for (const variant of expandGroups(normalizePatternSource(source))) {
        const compiled = compilePattern(concept, variant, macros);
        patterns.push({
          ...compiled,
          index: patterns.length,
          anchorIds: compiled.anchors.map(internAnchor),
        });
      }
    }
  }
  const byFirst = new Map<string, Pattern[]>();
  const byPrefix = new Map<string, Pattern[]>();
  const numberFirst: Pattern[] = [];
  const add = (map: Map<string, Pattern[]>, key: string, p: Pattern): void => {
    const list = map.get(key);
    if (!list) map.set(key, [p]);
    else if (!list.includes(p)) list.push(p);
  };
  const vocabulary = new Set<string>();
  for (const p of patterns) {
    for (const el of p.elements) {
      if (el.kind !== "word") continue;
      for (const w of el.exact) vocabulary.add(w);
      for (const w of el.prefixes) if (w.length >= 5) vocabulary.add(w);
    }
    const first = p.elements[0] as WordElement;
    if (first.number) numberFirst.push(p);
    for (const w of first.exact) add(byFirst, w, p);
    for (const w of first.prefixes) add(byPrefix, w.slice(0, 3), p);
  }
  return {
    name,
    concepts: Object.keys(defs),
    patterns,
    byFirst,
    byPrefix,
    numberFirst,
    anchorSets,
    corrector: createSpellCorrector(vocabulary),
    suppressedBy,
    suppressors: new Set(Object.values(suppressedBy).flat()),
  };
}
