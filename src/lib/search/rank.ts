/** A root's postings, decoded: record numbers ascending, and the root's score in each (tenths). */
export interface Decoded {
  ids: Int32Array;
  impacts: Uint16Array;
}

export function decode([gaps, impacts]: [number[], number[]]): Decoded {
  const ids = new Int32Array(gaps.length);
  let id = 0;
  for (let i = 0; i < gaps.length; i++) ids[i] = id += gaps[i]!;
  return { ids, impacts: Uint16Array.from(impacts) };
}

/** One way to find a query term: a root, or a phrase's roots (all must be there), with how much it counts. */
export interface Alternative {
  roots: string[];
  weight: number;
}

export interface Hit {
  id: number;
  /** How many of the query's terms the record has. */
  terms: number;
  score: number;
}

export interface Ranked {
  /** The best `k` records, best first. */
  top: Hit[];
  /** How many records matched in scope, and how many of them are `marked`. */
  total: number;
  marked: number;
}

export interface RankOptions {
  /** Which records are in scope. */
  keep?: (id: number) => boolean;
  /** How many of the best to return in order; the rest are only counted. */
  k?: number;
  /** Records to count apart (the glossary). */
  marked?: (id: number) => boolean;
}

// Terms found first, then score: one number orders both (a query has at most 8 terms; a score stays far
// below this).
const TERM = 1e9;

/**
 * Ranks records for a query: those with the most of its terms first, then by score — for each term, the
 * best of its alternatives (the word typed counts fully, a synonym or a guess less). Scores were worked out
 * when the index was built (BM25 with the heading counting most), so here they are only added up.
 * Only the best `k` become objects and are sorted, so a word found in thousands of records costs little.
 * Scratch space for `total` records is reused across queries.
 */
export function createRanker(total: number) {
  const score = new Float64Array(total);
  const found = new Uint8Array(total);
  const best = new Float64Array(total);
  const sum = new Float64Array(total);
  const count = new Uint8Array(total);

  return (terms: readonly (readonly Alternative[])[], postingsOf: (root: string) => Decoded | undefined, { keep, k = Infinity, marked }: RankOptions = {}): Ranked => {
    const seen: number[] = [];
    for (const alternatives of terms) {
      const touched: number[] = [];
      for (const { roots, weight } of alternatives) {
        const lists = roots.map(postingsOf);
        if (lists.some((l) => !l)) continue;
        // A phrase counts where all its roots are: sum each root's score, count how many were there.
        const first = lists[0]!;
        for (let i = 0; i < first.ids.length; i++) {
          sum[first.ids[i]!] = first.impacts[i]!;
          count[first.ids[i]!] = 1;
        }
        for (let r = 1; r < lists.length; r++) {
          const { ids, impacts } = lists[r]!;
          for (let i = 0; i < ids.length; i++) {
            const id = ids[i]!;
            if (count[id] !== r) continue;
            sum[id]! += impacts[i]!;
            count[id]! += 1;
          }
        }
        for (let i = 0; i < first.ids.length; i++) {
          const id = first.ids[i]!;
          if (count[id] === lists.length) {
            if (best[id] === 0) touched.push(id);
            if (weight * sum[id]! > best[id]!) best[id] = weight * sum[id]!;
          }
          count[id] = 0;
          sum[id] = 0;
        }
      }
      for (const id of touched) {
        if (found[id] === 0) seen.push(id);
        score[id]! += best[id]!;
        found[id]! += 1;
        best[id] = 0;
      }
    }
    const keys = new Float64Array(seen.length);
    const ids = new Int32Array(seen.length);
    let n = 0;
    let markedCount = 0;
    for (const id of seen) {
      if (!keep || keep(id)) {
        keys[n] = found[id]! * TERM + score[id]!;
        ids[n++] = id;
        if (marked?.(id)) markedCount++;
      }
      score[id] = 0;
      found[id] = 0;
    }
    const cut = n > k ? keys.slice(0, n).sort()[n - k]! : -Infinity;
    const top: Hit[] = [];
    for (let i = 0; i < n; i++) {
      if (keys[i]! < cut) continue;
      const terms = Math.floor(keys[i]! / TERM);
      top.push({ id: ids[i]!, terms, score: (keys[i]! - terms * TERM) / 10 });
    }
    top.sort((a, b) => b.terms - a.terms || b.score - a.score || a.id - b.id);
    return { top: top.slice(0, k), total: n, marked: markedCount };
  };
}

/** Whether a record has a root: for highlighting the words that matched, in the few results shown. */
export function has(postings: Decoded, id: number): boolean {
  const { ids } = postings;
  let low = 0;
  let high = ids.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (ids[mid] === id) return true;
    if (ids[mid]! < id) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}
