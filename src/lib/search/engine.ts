import Fuse from 'fuse.js';
import { indexText, queryTerms, stem, words, type Lexicon } from './normalise';
import type { SearchRecord, SearchSource } from './records';

/**
 * What the browser loads when search opens: the records to show; per record the roots of its title and text;
 * and the vocabulary of roots with its Fuse index, built at build time, which finds the nearest roots for a
 * mistyped word. Ranking is BM25 over the roots, with the title counting more than the text.
 */
export interface SearchPayload {
  records: SearchRecord[];
  /** Per record: roots of its own heading, then roots of everything else it is found by, space-separated. */
  roots: [string, string][];
  /** Fuse indexes of every word of the corpus as written, one per word length: a mistyped word is matched
   *  against words as people write them ("pengadaun" → "pengaduan"), then searched by their root. A typo
   *  changes a word's length by a letter or two, so only nearby lengths are searched. The words themselves are
   *  read back out of the indexes, so they travel once. */
  vocabularyIndex: Record<string, ReturnType<ReturnType<typeof Fuse.createIndex>['toJSON']>>;
  lexicon: Lexicon;
}

const TITLE_WEIGHT = 3;
const HEADING_BONUS = 3;
const COVERAGE_BONUS = 2;
const vocabularyOptions = { threshold: 0.34, includeScore: true, minMatchCharLength: 3 };

export function buildPayload(sources: readonly SearchSource[], lexicon: Lexicon): SearchPayload {
  const roots = sources.map(({ heading, text }): [string, string] => [indexText(heading, lexicon), indexText(text, lexicon)]);
  const surface = [...new Set(sources.flatMap(({ heading, text }) => words(`${heading} ${text}`)).filter((w) => w.length > 3 && !/\d/.test(w)))].sort();
  const byLength = new Map<number, string[]>();
  for (const word of surface) byLength.set(word.length, [...(byLength.get(word.length) ?? []), word]);
  const vocabularyIndex = Object.fromEntries([...byLength].map(([length, list]) => [length, Fuse.createIndex([], list).toJSON()]));
  return { records: sources.map((s) => s.record), roots, vocabularyIndex, lexicon };
}

export interface Hit {
  record: SearchRecord;
  score: number;
  /** The roots that matched, for highlighting. */
  matched: string[];
}

export type Search = (query: string, scope?: 'current' | 'all', limit?: number) => Hit[];

/**
 * A search function over a payload. Every query term must be found (as a root, one of its synonyms, or the
 * nearest roots to a mistyped word); when nothing has them all, records with most of them come first.
 */
export function createSearch(payload: SearchPayload): Search {
  const postings = new Map<string, Map<number, number>>();
  const headings = payload.roots.map(([title]) => new Set(title.split(' ')));
  const lengths = payload.roots.map(([title, text], record) => {
    const add = (root: string, weight: number) => {
      if (!root) return;
      const list = postings.get(root) ?? new Map<number, number>();
      list.set(record, (list.get(record) ?? 0) + weight);
      postings.set(root, list);
    };
    title.split(' ').forEach((r) => add(r, TITLE_WEIGHT));
    text.split(' ').forEach((r) => add(r, 1));
    return title.split(' ').length * TITLE_WEIGHT + text.split(' ').length;
  });
  const average = lengths.reduce((a, b) => a + b, 0) / Math.max(lengths.length, 1);
  const total = payload.records.length;
  const vocabulary = new Map(
    Object.entries(payload.vocabularyIndex).map(([length, index]) => {
      const list = (index.records as { v: string }[]).map((r) => r.v);
      return [Number(length), new Fuse(list, vocabularyOptions, Fuse.parseIndex<string>(index))] as const;
    }),
  );
  /** The nearest words to a typed word, among words of about its length. */
  const nearest = (word: string) =>
    [-2, -1, 0, 1, 2]
      .flatMap((d) => vocabulary.get(word.length + d)?.search(word, { limit: 3 }) ?? [])
      .sort((a, b) => (a.score ?? 1) - (b.score ?? 1))
      .slice(0, 3)
      .map((r) => r.item);
  const roots = [...postings.keys()];

  const idfs = new Map<string, number>();
  const idf = (root: string) => {
    if (!idfs.has(root)) {
      const n = postings.get(root)?.size ?? 0;
      idfs.set(root, Math.log(1 + (total - n + 0.5) / (n + 0.5)));
    }
    return idfs.get(root)!;
  };
  const bm25 = (root: string, record: number) => {
    const tf = postings.get(root)?.get(record) ?? 0;
    return tf === 0 ? 0 : (idf(root) * tf * 2.2) / (tf + 1.2 * (0.25 + (0.75 * lengths[record]!) / average));
  };

  /** Alternatives for one term, each with a weight: the word itself counts fully, a synonym or a spelling
   *  guess less. A root not in the vocabulary is widened to the nearest roots. */
  let typed: Record<string, string> = {};
  const widen = (alternatives: string[], last: boolean, guess: boolean): { roots: string[]; weight: number }[] =>
    alternatives.flatMap((alt, i) => {
      const parts = alt.split(' ');
      const weight = i === 0 ? 1 : 0.6;
      if (parts.length > 1 || postings.has(alt) || !guess) return [{ roots: parts, weight }];
      const near = nearest(typed[alt] ?? alt).map((w) => stem(w, payload.lexicon));
      const starting = last ? roots.filter((w) => w.startsWith(alt)).slice(0, 5) : [];
      return [...new Set([...starting, ...near])].map((w) => ({ roots: [w], weight: weight * 0.8 }));
    });

  // Per-query scratch space, one slot per record, reused so a query allocates almost nothing.
  const score = new Float64Array(total);
  const found = new Uint8Array(total);
  const best = new Float64Array(total);
  const bestRoots: (string[] | undefined)[] = new Array(total);
  const matchedOf: (string[] | undefined)[] = new Array(total);

  const find = (terms: string[][], query: string, scope: 'current' | 'all', limit: number, guess: boolean): Hit[] => {
    const expanded = terms.map((alts, i) => widen(alts, i === terms.length - 1 && !/\s$/.test(query), guess));
    const seen: number[] = [];
    for (const alternatives of expanded) {
      const touched: number[] = [];
      for (const { roots, weight } of alternatives) {
        const candidates = postings.get(roots[0]!);
        if (!candidates) continue;
        for (const record of candidates.keys()) {
          if (roots.length > 1 && !roots.every((r) => postings.get(r)?.has(record))) continue;
          // A term in the clause's own heading says more than any number of mentions in its text.
          let sum = roots.every((r) => headings[record]!.has(r)) ? HEADING_BONUS : 0;
          for (const r of roots) sum += bm25(r, record);
          if (best[record] === 0) touched.push(record);
          if (weight * sum > best[record]!) {
            best[record] = weight * sum;
            bestRoots[record] = roots;
          }
        }
      }
      for (const record of touched) {
        if (found[record] === 0) {
          seen.push(record);
          matchedOf[record] = [];
        }
        score[record]! += best[record]!;
        found[record]! += 1;
        matchedOf[record]!.push(...bestRoots[record]!);
        best[record] = 0;
      }
    }
    // Records with the most terms first; among them, the best score, where a heading that is all the query
    // (a clause named for what was asked) counts for more, and the tools a little more again.
    const ranked: { record: number; terms: number; score: number; matched: string[] }[] = [];
    for (const record of seen) {
      const matched = matchedOf[record]!;
      if (scope === 'all' || payload.records[record]!.current) {
        const heading = headings[record]!;
        let covered = 0;
        for (const root of heading) if (matched.includes(root)) covered++;
        ranked.push({ record, terms: found[record]!, matched, score: (score[record]! + (COVERAGE_BONUS * covered) / heading.size) * (payload.records[record]!.boost ?? 1) });
      }
      score[record] = 0;
      found[record] = 0;
      matchedOf[record] = undefined;
    }
    return ranked
      .sort((a, b) => b.terms - a.terms || b.score - a.score)
      .slice(0, limit)
      .map(({ record, score: s, matched }) => ({ record: payload.records[record]!, score: s, matched: [...new Set(matched)] }));
  };

  return (query, scope = 'current', limit = 20) => {
    const terms = queryTerms(query.slice(0, 200), payload.lexicon).slice(0, 8);
    if (terms.length === 0) return [];
    // The word as typed, by its root: a guess at a typo is made from the word, not from a broken root.
    typed = Object.fromEntries(words(query.slice(0, 200)).map((w) => [stem(w, payload.lexicon), w]));
    // Guessing at typos and unfinished words costs most, so it is done only when the words as typed find little.
    const exact = find(terms, query, scope, limit, false);
    return exact.length >= 3 ? exact : find(terms, query, scope, limit, true);
  };
}
