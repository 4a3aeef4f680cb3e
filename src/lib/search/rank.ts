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

/**
 * Ranks records for a query: those with the most of its terms first, then by score — for each term, the
 * best of its alternatives (the word typed counts fully, a synonym or a guess less). Scores were worked out
 * when the index was built (BM25 with the heading counting most), so here they are only added up.
 * `keep` says which records are in scope. Scratch space for `total` records is reused across queries.
 */
export function createRanker(total: number) {
  const score = new Float64Array(total);
  const found = new Uint8Array(total);
  const best = new Float64Array(total);
  const sum = new Float64Array(total);
  const count = new Uint8Array(total);

  return (terms: readonly (readonly Alternative[])[], postingsOf: (root: string) => Decoded | undefined, keep: (id: number) => boolean = () => true): Hit[] => {
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
          for (let i = 0; i < ids.length; i++) if (count[ids[i]!] === r) (sum[ids[i]!] += impacts[i]!), count[ids[i]!]++;
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
    const hits: Hit[] = [];
    for (const id of seen) {
      if (keep(id)) hits.push({ id, terms: found[id]!, score: score[id]! / 10 });
      score[id] = 0;
      found[id] = 0;
    }
    return hits.sort((a, b) => b.terms - a.terms || b.score - a.score || a.id - b.id);
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
