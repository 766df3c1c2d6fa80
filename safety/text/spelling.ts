// SymSpell-style typo tolerance: an unknown word is mapped onto the rule vocabulary when it is within a
// small edit distance of a vocabulary word. Words compare as rough phonetic skeletons ("anafalaxis" and
// "anaphylaxis" share "anafalaxis"), and only words outside the English lexicon are ever corrected.

export interface SpellCorrector {
  /** Vocabulary words the unknown word may have meant (empty when none is close enough). */
  correct(word: string): readonly string[];
}

const MIN_WORD_LENGTH = 4;
const MAX_CACHE = 5000;

/** Lower-case phonetic skeleton: ph→f, ck→k, y→i, ae/oe→e, ie/ei→i, oa→o, repeats collapsed, final e dropped. */
export function skeleton(word: string): string {
  const key = word
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/y/g, "i")
    .replace(/ae|oe/g, "e")
    .replace(/ie|ei/g, "i")
    .replace(/oa/g, "o")
    .replace(/(.)\1+/g, "$1");
  return key.length > 4 && key.endsWith("e") ? key.slice(0, -1) : key;
}

function maxDistance(length: number): number {
  if (length < MIN_WORD_LENGTH) return 0;
  return length >= 9 ? 2 : 1;
}

/** Optimal-string-alignment distance, with early exit once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  const first = rows[0] as number[];
  for (let j = 1; j <= b.length; j++) first[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

function deletes(word: string, depth: number, out: Set<string>): void {
  if (depth === 0 || word.length <= 1) return;
  for (let i = 0; i < word.length; i++) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(shorter)) {
      out.add(shorter);
      deletes(shorter, depth - 1, out);
    }
  }
}

export function createSpellCorrector(vocabulary: Iterable<string>): SpellCorrector {
  const bySkeleton = new Map<string, string[]>();
  // Exact skeleton matches still need a close raw spelling; see lookup().
  const byDelete = new Map<string, Set<string>>();
  for (const word of vocabulary) {
    if (word.length < MIN_WORD_LENGTH || !/^[a-z]+$/.test(word)) continue;
    const key = skeleton(word);
    const words = bySkeleton.get(key);
    if (words) {
      if (!words.includes(word)) words.push(word);
      continue;
    }
    bySkeleton.set(key, [word]);
    const variants = new Set([key]);
    deletes(key, maxDistance(key.length), variants);
    for (const v of variants) {
      const keys = byDelete.get(v) ?? new Set<string>();
      keys.add(key);
      byDelete.set(v, keys);
    }
  }
  const cache = new Map<string, readonly string[]>();

  function lookup(word: string): readonly string[] {
    const key = skeleton(word);
    const limit = maxDistance(key.length);
    if (limit === 0) return [];
    // Skeletons forgive a lot ("hippos" and "hypos" share one), so the raw spelling must be close too.
    const rawLimit = word.length <= 6 ? limit : limit + 1;
    const close = (w: string): boolean => editDistance(word, w, rawLimit) <= rawLimit;
    const exact = bySkeleton.get(key);
    if (exact) return exact.filter(close);
    const variants = new Set([key]);
    deletes(key, limit, variants);
    let best = limit + 1;
    let found: string[] = [];
    for (const v of variants) {
      for (const candidate of byDelete.get(v) ?? []) {
        // A typo almost never changes the first letter; requiring it keeps corrections conservative.
        if (candidate[0] !== key[0]) continue;
        const d = editDistance(key, candidate, limit);
        if (d < best) {
          best = d;
          found = [candidate];
        } else if (d === best && !found.includes(candidate)) found.push(candidate);
      }
    }
    return found.flatMap((k) => bySkeleton.get(k) ?? []).filter(close);
  }

  return {
    correct(word) {
      const hit = cache.get(word);
      if (hit) return hit;
      const result = lookup(word);
      if (cache.size >= MAX_CACHE) cache.clear();
      cache.set(word, result);
      return result;
    },
  };
}
