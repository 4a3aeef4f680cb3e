import { stemmer } from '@orama/stemmers/indonesian';
import { stopwords } from '@orama/stopwords/indonesian';

/** Synonym groups and stem corrections, from `src/content/search/synonyms.yaml`. */
export interface Lexicon {
  groups: readonly (readonly string[])[];
  roots: Readonly<Record<string, string>>;
  stopwords?: readonly string[];
  /** Words the stemmer would cut too far, kept whole. */
  keep?: readonly string[];
}

const standard = new Set(stopwords);
const stopFor = (lexicon: Lexicon) => (word: string) => standard.has(word) || (lexicon.stopwords?.includes(word) ?? false);

/** Lower-case words and numbers, accents and punctuation gone: "Pasal 76 huruf (f)" → ["pasal", "76", "huruf", "f"]. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The root of an Indonesian word: affixes (me-, ber-, di-, ter-, pe-, per-, -kan, -an, -i, -nya, pe-…-an) are
 * stripped by the stemmer, then the lexicon mends roots it cuts inconsistently.
 *
 * @example stem('pengaduan') === stem('mengadukan') // both 'adu'
 */
export function stem(word: string, lexicon: Lexicon): string {
  if (/\d/.test(word) || word.length <= 3 || lexicon.keep?.includes(word)) return word;
  const root = stemmer(word);
  return lexicon.roots[root] ?? root;
}

/** What the index holds for a text: roots of its words, stopwords left out (for indexing only). */
export function indexText(text: string, lexicon: Lexicon): string {
  const stop = stopFor(lexicon);
  return words(text)
    .filter((w) => !stop(w))
    .map((w) => stem(w, lexicon))
    .join(' ');
}

/**
 * A query as terms to find, each term a list of alternatives (a word's root, or a synonym phrase's roots).
 * Stopwords are dropped unless the query is nothing else; a synonym phrase in the query brings its group.
 *
 * @example queryTerms('nota kesepahaman', lexicon) // [['nota sepaham', 'mou', …]]
 */
export function queryTerms(query: string, lexicon: Lexicon): string[][] {
  const stop = stopFor(lexicon);
  const all = words(query);
  const kept = all.filter((w) => !stop(w));
  // Synonyms meet on roots, so "melapor" finds the group of "lapor".
  let rest = (kept.length > 0 ? kept : all).map((w) => stem(w, lexicon));
  const terms: string[][] = [];
  const rooted = (phrase: string) => words(phrase).filter((w) => !stop(w)).map((w) => stem(w, lexicon));
  for (const group of lexicon.groups) {
    for (const phrase of group) {
      const parts = rooted(phrase);
      const at = parts.length > 0 ? findSequence(rest, parts) : -1;
      if (at < 0) continue;
      // The words typed come first: they count fully, their synonyms a little less.
      terms.push([...new Set([parts.join(' '), ...group.map((p) => rooted(p).join(' '))])]);
      rest = [...rest.slice(0, at), ...rest.slice(at + parts.length)];
      break;
    }
  }
  return [...terms, ...rest.map((root) => [root])];
}

function findSequence(haystack: readonly string[], needle: readonly string[]): number {
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((w, j) => haystack[i + j] === w)) return i;
  }
  return -1;
}
