import { stemmer } from '@orama/stemmers/indonesian';

/** Synonym groups and stem corrections, from `src/content/search/synonyms.yaml`. */
export interface Lexicon {
  groups: readonly (readonly string[])[];
  roots: Readonly<Record<string, string>>;
  stopwords?: readonly string[];
  /** Words the stemmer would cut too far, kept whole. */
  keep?: readonly string[];
  /** Words that ask what a term means ("apa itu", "arti", "singkatan"): the glossary then ranks with the clauses. */
  lookup?: readonly string[];
  /** Clause-level synonyms, `<document>#<clause id>` → phrases that count as much as the clause's heading.
   *  Used when the index is built; the browser never receives them. */
  clauses?: Readonly<Record<string, readonly string[]>>;
}

const stopSets = new WeakMap<Lexicon, Set<string>>();
const stopFor = (lexicon: Lexicon) => (word: string) => isStopword(word, lexicon);

/** A word too common to search for. The lexicon carries every one (see `withStopwords`), so the browser's
 *  search code holds no word list of its own. */
export function isStopword(word: string, lexicon: Lexicon): boolean {
  let set = stopSets.get(lexicon);
  if (!set) stopSets.set(lexicon, (set = new Set(lexicon.stopwords)));
  return set.has(word);
}

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
  // A corpus repeats its words endlessly: each is stemmed once.
  let root = stems.get(word);
  if (root === undefined) stems.set(word, (root = stemmer(word)));
  return lexicon.roots[root] ?? root;
}

const stems = new Map<string, string>();

/** A query is searched once it has two letters or digits: one letter matches nearly everything. */
export function searchable(query: string): boolean {
  return (query.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 2;
}

/**
 * What the index holds for a text: the roots of its words, stopwords left out. `kept` sees each word as
 * written that was kept, so the index can collect them for typos in the same pass.
 *
 * @example indexRoots('Anak yang tidak dilindungi', lexicon) // ['anak', 'lindung']
 */
export function indexRoots(text: string, lexicon: Lexicon, kept?: (word: string) => void): string[] {
  const roots: string[] = [];
  // A thousand documents say the same few thousand words over and over: each word's root (or that it is a
  // stopword, null) is worked out once per lexicon.
  let known = indexed.get(lexicon);
  if (!known) indexed.set(lexicon, (known = new Map()));
  for (const word of words(text)) {
    let root = known.get(word);
    if (root === undefined) known.set(word, (root = isStopword(word, lexicon) ? null : stem(word, lexicon)));
    if (root === null) continue;
    kept?.(word);
    roots.push(root);
  }
  return roots;
}

const indexed = new WeakMap<Lexicon, Map<string, string | null>>();

/**
 * A query as terms to find, each term a list of alternatives: a word's root, or for a phrase of a synonym
 * group, the phrase's roots as typed and then the group's token (`~<n>`), which the index holds for every
 * record where any phrase of the group stands. The longest phrases are found first. Stopwords are dropped
 * unless the query is nothing else.
 *
 * @example queryTerms('nota kesepahaman', lexicon) // [['nota sepaham', '~0']]
 */
export function queryTerms(query: string, lexicon: Lexicon): string[][] {
  const stop = stopFor(lexicon);
  const all = words(query);
  const kept = all.filter((w) => !stop(w));
  // Synonyms meet on roots, so "melapor" finds the group of "lapor".
  let rest = (kept.length > 0 ? kept : all).map((w) => stem(w, lexicon));
  const terms: string[][] = [];
  const used = new Set<number>();
  for (const { group, roots } of phrasesLongestFirst(lexicon)) {
    const at = used.has(group) ? -1 : findSequence(rest, roots);
    if (at < 0) continue;
    // The words typed count fully; the group's token, which also stands for the other phrases, a little less.
    terms.push([roots.join(' '), groupToken(group)]);
    used.add(group);
    rest = [...rest.slice(0, at), ...rest.slice(at + roots.length)];
  }
  return [...terms, ...rest.map((root) => [root])];
}

/** The index's token for a synonym group: every record where one of the group's phrases stands. */
export const groupToken = (group: number) => `~${group}`;

export interface Phrase {
  group: number;
  roots: string[];
}

const rooted = new WeakMap<Lexicon, { groups: string[][][]; phrases: Phrase[] }>();

/** The lexicon's synonym groups as roots, worked out once per lexicon rather than once per query. */
export function rootedGroups(lexicon: Lexicon): string[][][] {
  return rootedLexicon(lexicon).groups;
}

/** Every phrase of every group, longest first. */
export function phrasesLongestFirst(lexicon: Lexicon): Phrase[] {
  return rootedLexicon(lexicon).phrases;
}

function rootedLexicon(lexicon: Lexicon) {
  let found = rooted.get(lexicon);
  if (!found) {
    const stop = stopFor(lexicon);
    const groups = lexicon.groups.map((group) => group.map((phrase) => words(phrase).filter((w) => !stop(w)).map((w) => stem(w, lexicon))));
    const phrases = groups.flatMap((group, g) => group.filter((roots) => roots.length > 0).map((roots) => ({ group: g, roots })));
    found = { groups, phrases: phrases.sort((a, b) => b.roots.length - a.roots.length) };
    rooted.set(lexicon, found);
  }
  return found;
}

function findSequence(haystack: readonly string[], needle: readonly string[]): number {
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((w, j) => haystack[i + j] === w)) return i;
  }
  return -1;
}
