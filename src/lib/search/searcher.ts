import { arrange, GLOSSARY_SHOWN, segments, termAsked, type DisplayResult } from './display';
import { fileOf, fromRow, indexFiles, type Manifest, type RecordFile, type Scope, type TermFile, type VersionFile, type WordFile } from './index-format';
import { queryTerms, rootedGroups, searchable, stem, words, type Lexicon } from './normalise';
import { createRanker, decode, has, type Alternative, type Decoded } from './rank';
import type { SearchRecord } from './records';
import { GLOSSARY } from './sources';

/** Fetches one file of the index by its path below the index folder; `v` is the manifest's version. */
export type Load = (path: string, v?: string) => Promise<unknown>;

export interface SearchRequest {
  query: string;
  /** `terkini` (current versions; the default) or `semua` (every version). */
  scope: Scope;
  /** Only this version of this document (its current version when no label): "the version being read".
   *  Searched among every version. */
  version?: { document: string; label?: string };
  limit: number;
}

export interface SearchAnswer {
  /** What is shown, in the order it is shown. */
  results: DisplayResult[];
  /** How many results the list has in all; `results` is its beginning. */
  total: number;
  /** For a search of one version: the document's title and the version's label. */
  version?: { title: string; label: string };
}

const nothing: SearchAnswer = { results: [], total: 0 };

/**
 * Search over the split index: the manifest of a scope when first needed, then only the files a query
 * needs — the term files of its roots, the word files for a typo, the record files of the results shown.
 * Every file is fetched once. The same function runs in the browser (files fetched) and in the tests and
 * the benchmark (files read from `dist/`), so they measure what readers get.
 */
export function createSearcher(load: Load): (request: SearchRequest) => Promise<SearchAnswer> {
  const scopes = new Map<Scope, Promise<ScopeIndex>>();
  const open = (scope: Scope) => {
    if (!scopes.has(scope)) scopes.set(scope, load(indexFiles.manifest(scope)).then((m) => scopeIndex(scope, m as Manifest, load)));
    return scopes.get(scope)!;
  };
  return async ({ query, scope, version, limit }) => {
    const q = query.slice(0, 200);
    if (!searchable(q)) return nothing;
    const index = await open(version ? 'semua' : scope);
    const { lexicon } = index.manifest;
    const terms = queryTerms(q, lexicon).slice(0, 8);
    if (terms.length === 0) return nothing;
    const read = version ? await versionRead(index, version) : undefined;
    const range = read?.range;
    const keep = range ? (id: number) => id >= range[0] && id < range[1] : undefined;

    let alternatives: Alternative[][] = terms.map((alts) => alts.map((a, i) => ({ roots: a.split(' '), weight: i === 0 ? 1 : 0.6 })));
    const isGlossary = (id: number) => index.kindOf(id) === GLOSSARY;
    // Enough of the best to fill what is shown whatever the glossary takes (see `arrange`); the rest is counted.
    const options = { ...(keep ? { keep } : {}), k: limit + index.glossaryRecords, marked: isGlossary };
    await index.fetchRoots(alternatives);
    let ranked = index.rank(alternatives, index.postingsOf, options);
    // Guessing at typos and unfinished words costs most, so it is done only when the words as typed find little.
    if (ranked.total < 3) {
      const guessed = await guess(alternatives, q, index);
      if (guessed !== alternatives) {
        alternatives = guessed;
        await index.fetchRoots(alternatives);
        ranked = index.rank(alternatives, index.postingsOf, options);
      }
    }
    const shown = arrange(ranked.top, isGlossary, termAsked(q, lexicon, index.manifest.glossary)).slice(0, limit);
    const records = await index.records(shown.map((h) => h.id));
    return {
      results: shown.map((h) => {
        const record = records.get(h.id)!;
        const matched = matchedRoots(h.id, alternatives, index.postingsOf, lexicon);
        const marks = { title: segments(record.title, matched, lexicon), excerpt: segments(record.excerpt, matched, lexicon) };
        return { ...record, kind: index.kindOf(h.id), matched, marks, score: h.score };
      }),
      total: ranked.total - ranked.marked + Math.min(ranked.marked, GLOSSARY_SHOWN),
      ...(read ? { version: read.about } : {}),
    };
  };
}

type ScopeIndex = ReturnType<typeof scopeIndex>;

/** Where a version lies among the records; an unknown version has none, so nothing is found. */
async function versionRead(index: ScopeIndex, { document, label }: { document: string; label?: string }) {
  const files = index.manifest.versions ?? [''];
  const versions = await index.file<VersionFile>(indexFiles.versions(fileOf(files, document))).catch(() => undefined);
  // A document's name from the address: "constructor" is no document, whatever an object inherits.
  const file = versions && Object.hasOwn(versions, document) ? versions[document] : undefined;
  const shown = label ?? file?.current ?? '';
  return { range: file?.ranges[shown] ?? ([0, 0] as [number, number]), about: { title: file?.title ?? document, label: shown } };
}

function scopeIndex(scope: Scope, manifest: Manifest, load: Load) {
  const fetched = new Map<string, Promise<unknown>>();
  const file = <T>(path: string): Promise<T> => {
    if (!fetched.has(path)) fetched.set(path, load(path, manifest.v));
    return fetched.get(path)! as Promise<T>;
  };
  const postings = new Map<string, Decoded | undefined>();
  return {
    manifest,
    file,
    rank: createRanker(manifest.records),
    postingsOf: (root: string) => postings.get(root),
    kindOf: (id: number) => manifest.kinds.find(([, first, end]) => id >= first && id < end)?.[0] ?? '',
    glossaryRecords: manifest.kinds.filter(([kind]) => kind === GLOSSARY).reduce((sum, [, first, end]) => sum + end - first, 0),
    /** Fetches the term files holding these roots, each file once. */
    async fetchRoots(alternatives: readonly (readonly Alternative[])[]) {
      const roots = [...new Set(alternatives.flat().flatMap((a) => a.roots))].filter((r) => !postings.has(r));
      await Promise.all(
        roots.map(async (root) => {
          const terms = await file<TermFile>(indexFiles.terms(scope, fileOf(manifest.terms, root)));
          if (!postings.has(root)) postings.set(root, Object.hasOwn(terms, root) ? decode(terms[root]!) : undefined);
        }),
      );
    },
    /** The words as written near `word` in sorted order: its word file, and the next when it goes on. */
    async wordsNear(word: string): Promise<string[]> {
      const n = fileOf(manifest.words, word);
      const list = await file<WordFile>(indexFiles.words(scope, n));
      const goesOn = n + 1 < manifest.words.length && list.at(-1)?.startsWith(word);
      return goesOn ? [...list, ...(await file<WordFile>(indexFiles.words(scope, n + 1)))] : list;
    },
    async records(ids: readonly number[]): Promise<Map<number, SearchRecord>> {
      const chunks = [...new Set(ids.map((id) => Math.floor(id / manifest.chunk)))];
      const { shared } = manifest;
      const rows = await Promise.all(chunks.map((n) => file<RecordFile>(indexFiles.records(shared && n < shared.chunks ? shared.scope : scope, n))));
      const found = new Map<number, SearchRecord>();
      chunks.forEach((n, i) => rows[i]!.forEach((row, j) => found.set(n * manifest.chunk + j, fromRow(row))));
      return found;
    },
  };
}

/**
 * A mistyped or unfinished word's alternatives: the nearest words as written (fuse.js, over the word file
 * where the typed word would stand) and, for the last word while it is being typed, the words it begins,
 * each searched by its root. Only words missing from the index are guessed at; a guess counts less.
 */
async function guess(alternatives: Alternative[][], query: string, index: ScopeIndex): Promise<Alternative[][]> {
  const { lexicon } = index.manifest;
  const typed = new Map(words(query).map((w) => [stem(w, lexicon), w]));
  const typing = !/\s$/.test(query);
  let changed = false;
  const guessed = await Promise.all(
    alternatives.map(async (alts, term) => {
      const [first, ...synonyms] = alts;
      if (!first || first.roots.length > 1 || index.postingsOf(first.roots[0]!)) return alts;
      const word = typed.get(first.roots[0]!) ?? first.roots[0]!;
      if (word.length < 3) return alts;
      const list = await index.wordsNear(word);
      const near = word.length > 3 ? (await nearestIn(list))(word) : [];
      const starting = typing && term === alternatives.length - 1 ? list.filter((w) => w.startsWith(word)).slice(0, 5) : [];
      const roots = [...new Set([...starting, ...near].map((w) => stem(w, lexicon)))];
      if (roots.length === 0) return alts;
      changed = true;
      return [...roots.map((root) => ({ roots: [root], weight: first.weight * 0.8 })), ...synonyms];
    }),
  );
  return changed ? guessed : alternatives;
}

const nearest = new WeakMap<readonly string[], Promise<(word: string) => string[]>>();

/** fuse.js is loaded on the first typo, and each word list indexed once. */
function nearestIn(list: readonly string[]): Promise<(word: string) => string[]> {
  if (!nearest.has(list)) nearest.set(list, import('./typo').then(({ nearestWords }) => nearestWords(list)));
  return nearest.get(list)!;
}

/** The roots that matched a record, a synonym group's token standing for the roots of its phrases. */
function matchedRoots(id: number, alternatives: readonly (readonly Alternative[])[], postingsOf: (root: string) => Decoded | undefined, lexicon: Lexicon): string[] {
  const found = alternatives.flat().filter((a) => a.roots.every((r) => { const p = postingsOf(r); return p !== undefined && has(p, id); }));
  const groups = rootedGroups(lexicon);
  return [...new Set(found.flatMap((a) => a.roots).flatMap((r) => (r.startsWith('~') ? (groups[Number(r.slice(1))] ?? []).flat() : [r])))];
}
