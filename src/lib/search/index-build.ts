import { termWords } from './display';
import { groupToken, indexRoots, phrasesLongestFirst, type Lexicon, type Phrase } from './normalise';
import { indexFiles, toRow, type DocumentVersions, type Manifest, type Scope } from './index-format';
import type { SearchSource } from './records';
import { GLOSSARY, type RecordKind } from './sources';

/** How much more a word of the heading counts than a word of the text, in BM25's term frequency. */
const TITLE_WEIGHT = 3;
/** Added for a root in the heading (or the clause's own synonyms): the clause is about it. */
const HEADING_BONUS = 3;
/** Shared among the heading's roots: a heading that is all the query (a clause named for what was asked)
 *  gets all of it. */
const COVERAGE_BONUS = 4;
/** Records shorter than this share of the average count as this long in BM25. */
const SHORTEST = 0.5;
/** Target size of one term file and one word file (JSON characters), and records per record file. Small
 *  enough that a query fetches a few kilobytes; large enough that the manifest's list of files stays short. */
export const SPLIT = { terms: 8_000, words: 4_000, chunk: 12, versions: 4_000 };

/** The records of one kind, in the order search numbers them. */
export interface SourceGroup {
  kind: RecordKind;
  sources: readonly SearchSource[];
}

/**
 * Every file of the search index, by path below the index folder (see `index-format.ts`), as JSON text.
 * Pure: the same sources and lexicon give the same files, byte for byte.
 */
export function buildIndexFiles(groups: readonly SourceGroup[], lexicon: Lexicon, split = SPLIT): Map<string, string> {
  const files = new Map<string, string>();
  const analysed = new Map<SearchSource, Analysis>();
  const phrases = phrasesByFirstRoot(lexicon);
  const analyse = (s: SearchSource) => {
    let a = analysed.get(s);
    if (!a) analysed.set(s, (a = analysis(s, lexicon, phrases)));
    return a;
  };
  const current = groups.map((g) => ({ kind: g.kind, sources: g.sources.filter((s) => s.current) }));
  // Every version: the current records first, numbered as in `terkini`, then the older versions of each kind.
  const older = groups.map((g) => ({ kind: g.kind, sources: g.sources.filter((s) => !s.current) })).filter((g) => g.sources.length > 0);
  const terkini = buildScope('terkini', current, lexicon, analyse, split, files);
  buildScope('semua', [...current, ...older], lexicon, analyse, split, files, { scope: 'terkini', ...terkini });
  return files;
}

interface Analysis {
  /** Roots and group tokens with their weighted frequency. */
  tf: Map<string, number>;
  length: number;
  /** Roots and tokens of the heading and the clause's own synonyms. */
  named: Set<string>;
  /** For what stands in the heading itself: the share of the heading it covers. */
  coverage: Map<string, number>;
  /** The words as written, for the word files (typos and unfinished words). */
  surface: string[];
}

function analysis(source: SearchSource, lexicon: Lexicon, phrases: Map<string, Phrase[]>): Analysis {
  // One pass over each field's words: the roots that are indexed, and the words typos are matched against.
  const surface: string[] = [];
  const roots = (text: string) => indexRoots(text, lexicon, (word) => word.length > 3 && !/\d/.test(word) && surface.push(word));
  const heading = roots(source.heading);
  const keywords = roots(source.keywords ?? '');
  const text = roots(source.text);
  const tf = new Map<string, number>();
  const named = new Set<string>();
  const coverage = new Map<string, number>();
  const count = (sequence: string[], weight: number, field: 'heading' | 'keywords' | 'text') => {
    for (let i = 0; i < sequence.length; i++) {
      const root = sequence[i]!;
      tf.set(root, (tf.get(root) ?? 0) + weight);
      if (field !== 'text') named.add(root);
      if (field === 'heading') coverage.set(root, 1 / heading.length);
      const starting = phrases.get(root);
      if (!starting) continue;
      // A synonym phrase standing here counts for its group's token (the longest phrase of a group first).
      const groups = new Set<number>();
      for (const phrase of starting) {
        if (groups.has(phrase.group) || !phrase.roots.every((r, j) => sequence[i + j] === r)) continue;
        groups.add(phrase.group);
        const token = groupToken(phrase.group);
        tf.set(token, (tf.get(token) ?? 0) + weight);
        if (field !== 'text') named.add(token);
        if (field === 'heading') coverage.set(token, Math.max(coverage.get(token) ?? 0, phrase.roots.length / heading.length));
      }
    }
  };
  count(heading, TITLE_WEIGHT, 'heading');
  count(keywords, TITLE_WEIGHT, 'keywords');
  count(text, 1, 'text');
  return { tf, length: (heading.length + keywords.length) * TITLE_WEIGHT + text.length, named, coverage, surface };
}

/** The synonym phrases by their first root, longest first: found in a text in one pass. */
function phrasesByFirstRoot(lexicon: Lexicon): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  for (const phrase of phrasesLongestFirst(lexicon)) byFirst.set(phrase.roots[0]!, [...(byFirst.get(phrase.roots[0]!) ?? []), phrase]);
  return byFirst;
}

function buildScope(
  scope: Scope,
  groups: readonly SourceGroup[],
  lexicon: Lexicon,
  analyse: (s: SearchSource) => Analysis,
  split: typeof SPLIT,
  files: Map<string, string>,
  /** The scope whose records this one begins with (see `Manifest.shared`), and its index's version. */
  shares?: { scope: Scope; records: number; v: string },
): { records: number; v: string } {
  const sources = groups.flatMap((g) => g.sources);
  const analyses = sources.map(analyse);
  const scopeFiles = new Map<string, string>();
  const put = (path: string, value: unknown) => scopeFiles.set(path, JSON.stringify(value));

  // BM25 over roots, worked out here once so the browser only adds numbers up.
  const df = new Map<string, number>();
  for (const a of analyses) for (const root of a.tf.keys()) df.set(root, (df.get(root) ?? 0) + 1);
  const average = analyses.reduce((sum, a) => sum + a.length, 0) / Math.max(analyses.length, 1);
  // Per root: its postings, the last record added (for gaps), and the JSON characters they will take.
  const postings = new Map<string, { gaps: number[]; impacts: number[]; last: number; chars: number; idf: number }>();
  const digits = (n: number) => (n < 10 ? 2 : n < 100 ? 3 : n < 1000 ? 4 : String(n).length + 1);
  analyses.forEach((a, record) => {
    // A record of a heading and little else (a chapter's title) is not more about its words for being short.
    const norm = 1.2 * (0.25 + (0.75 * Math.max(a.length, SHORTEST * average)) / average);
    const boost = sources[record]!.boost ?? 1;
    for (const [root, tf] of a.tf) {
      let list = postings.get(root);
      if (!list) {
        // A root's idf depends on its document frequency alone: worked out once, with its postings list.
        const n = df.get(root)!;
        postings.set(root, (list = { gaps: [], impacts: [], last: 0, chars: root.length + 12, idf: Math.log(1 + (sources.length - n + 0.5) / (n + 0.5)) }));
      }
      let score = (list.idf * tf * 2.2) / (tf + norm);
      if (a.named.has(root)) score += HEADING_BONUS;
      score += COVERAGE_BONUS * (a.coverage.get(root) ?? 0);
      const impact = Math.max(1, Math.round(score * boost * 10));
      list.gaps.push(record - list.last);
      list.impacts.push(impact);
      list.chars += digits(record - list.last) + digits(impact);
      list.last = record;
    }
  });

  const termFirsts = splitSorted([...postings.keys()], (root) => postings.get(root)!.chars, split.terms, (n, roots) =>
    put(indexFiles.terms(scope, n), Object.fromEntries(roots.map((r) => [r, [postings.get(r)!.gaps, postings.get(r)!.impacts]]))),
  );

  const surface = new Set<string>();
  for (const a of analyses) for (const w of a.surface) surface.add(w);
  const wordFirsts = splitSorted([...surface], (w) => w.length + 3, split.words, (n, list) => put(indexFiles.words(scope, n), list));

  const shared = shares ? { scope: shares.scope, chunks: Math.floor(shares.records / split.chunk) } : undefined;
  for (let n = shared?.chunks ?? 0; n * split.chunk < sources.length; n++) put(indexFiles.records(scope, n), sources.slice(n * split.chunk, (n + 1) * split.chunk).map((s) => toRow(s.record)));

  let versionFirsts: string[] | undefined;
  if (scope === 'semua') {
    const versions = new Map<string, DocumentVersions>();
    sources.forEach(({ version, current, record: { source } }, record) => {
      if (!version) return;
      const file = versions.get(version.document) ?? { title: source, current: '', ranges: {} };
      const range = file.ranges[version.label];
      if (range && range[1] !== record) throw new Error(`pencarian: klausul versi ${version.label} dokumen "${version.document}" tidak berurutan`);
      file.ranges[version.label] = [range?.[0] ?? record, record + 1];
      if (current) file.current = version.label;
      versions.set(version.document, file);
    });
    versionFirsts = splitSorted([...versions.keys()], (document) => JSON.stringify(versions.get(document)).length + document.length + 4, split.versions, (n, documents) =>
      put(indexFiles.versions(n), Object.fromEntries(documents.map((d) => [d, versions.get(d)!]))),
    );
  }

  let first = 0;
  const kinds = groups.map((g): [RecordKind, number, number] => [g.kind, first, (first += g.sources.length)]);
  // "Nota Kesepahaman — Memorandum of Understanding (MoU)" is asked for by any of its three names.
  const glossary: Record<string, number> = {};
  kinds
    .filter(([kind]) => kind === GLOSSARY)
    .forEach(([, from, end]) => {
      for (let record = from; record < end; record++) {
        for (const name of sources[record]!.heading.split(/ — |[()]/).map((part) => termWords(part, lexicon))) if (name) glossary[name] = record;
      }
    });
  const { clauses: _clauses, ...browserLexicon } = lexicon;
  // A shared scope's version is part of this one's: its record files are read under this one's version.
  const v = hash([shares?.v ?? '', ...scopeFiles.values()].join('\n'));
  const manifest: Manifest = {
    v, records: sources.length, chunk: split.chunk, kinds, terms: termFirsts, words: wordFirsts,
    ...(shared ? { shared } : {}), ...(versionFirsts ? { versions: versionFirsts } : {}),
    lexicon: browserLexicon, glossary,
  };
  files.set(indexFiles.manifest(scope), JSON.stringify(manifest));
  for (const [path, text] of scopeFiles) files.set(path, text);
  return { records: sources.length, v };
}

/**
 * Splits keys, sorted, into consecutive files of about `target` size each (a key larger than the target
 * gets a file of its own). Returns each file's first key, the first one as "" so every key has a file.
 */
function splitSorted(keys: string[], size: (key: string) => number, target: number, write: (n: number, keys: string[]) => void): string[] {
  keys.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const firsts: string[] = [];
  let current: string[] = [];
  let filled = 0;
  const flush = () => {
    if (current.length === 0) return;
    firsts.push(firsts.length === 0 ? '' : current[0]!);
    write(firsts.length - 1, current);
    current = [];
    filled = 0;
  };
  for (const key of keys) {
    const s = size(key);
    if (filled > 0 && filled + s > target) flush();
    current.push(key);
    filled += s;
  }
  flush();
  if (firsts.length === 0) {
    firsts.push('');
    write(0, []);
  }
  return firsts;
}

/** FNV-1a, 32 bits, as hex: enough to tell one build's index from another's. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}
