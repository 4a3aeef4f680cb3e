import type { Lexicon } from './normalise';
import type { SearchRecord } from './records';
import type { RecordKind } from './sources';

/**
 * The search index as files, split so that a query fetches only what it needs. Two scopes are built:
 * `terkini` (current versions, tools, places, terms: the default) and `semua` (every version too).
 *
 *   <scope>/manifes.json     what the browser reads first: the file keys below, the kinds, the lexicon
 *   <scope>/kata/<n>.json    postings of a range of roots, in sorted order (a query fetches one per root);
 *                            a synonym group's token (`~<n>`) sorts last, so the groups share a file or two
 *   <scope>/ejaan/<n>.json   a range of the words as written, for typos and unfinished words (fuse.js)
 *   <scope>/hasil/<n>.json   what `CHUNK` consecutive records show, fetched for the results displayed
 *   semua/versi/<n>.json     where each version of a range of documents lies among the records, for "this version"
 *
 * `semua` numbers the records of `terkini` first, in the same order, then the older versions. So its first
 * record files would be `terkini`'s, byte for byte: it reads those (`shared`) instead of writing them twice.
 * At a thousand documents of one version, that is half the index's files not written.
 */
export type Scope = 'terkini' | 'semua';

export interface Manifest {
  /** Changes with the index: added to every file's address, so a browser never mixes two builds' files. */
  v: string;
  records: number;
  /** Records per record file. */
  chunk: number;
  /** Each kind of record with the numbers it takes, [kind, first, end), in index order. */
  kinds: [RecordKind, number, number][];
  /** The first root of each term file (the first is always ""). */
  terms: string[];
  /** The first word of each word file. */
  words: string[];
  /** `semua`: its record files below `chunks` are those of `scope` (the same records, numbered alike). */
  shared?: { scope: Scope; chunks: number };
  /** `semua`: the first document of each version file, in sorted order. */
  versions?: string[];
  lexicon: Lexicon;
  /** Each glossary entry's names (term, expansion, abbreviation) as written, with its record: a query equal
   *  to one of them asks for that entry. */
  glossary: Record<string, number>;
}

/** A root's postings: record numbers as gaps from the previous one, and each record's score for the root
 *  (tenths, with the heading's weight and the record's boost already in). */
export type Postings = [gaps: number[], impacts: number[]];
export type TermFile = Record<string, Postings>;
export type WordFile = string[];
/** Records as rows: source, title, within, version, excerpt, url. */
export type RecordRow = [string, string, string, string, string, string];
export type RecordFile = RecordRow[];
/** A document's versions: which is current, and where each lies among the records of `semua`, [first, end). */
export interface DocumentVersions {
  title: string;
  current: string;
  ranges: Record<string, [number, number]>;
}
/** The versions of a range of documents, by document. */
export type VersionFile = Record<string, DocumentVersions>;

export const indexFiles = {
  manifest: (scope: Scope) => `${scope}/manifes.json`,
  terms: (scope: Scope, n: number) => `${scope}/kata/${n}.json`,
  words: (scope: Scope, n: number) => `${scope}/ejaan/${n}.json`,
  records: (scope: Scope, n: number) => `${scope}/hasil/${n}.json`,
  versions: (n: number) => `semua/versi/${n}.json`,
};

/** Which file of a sorted range split holds `key`: the last whose first key is not after it. */
export function fileOf(firsts: readonly string[], key: string): number {
  let low = 0;
  let high = firsts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (firsts[mid]! <= key) low = mid;
    else high = mid - 1;
  }
  return low;
}

export const toRow = (r: SearchRecord): RecordRow => [r.source, r.title, r.within, r.version, r.excerpt, r.url];
export const fromRow = ([source, title, within, version, excerpt, url]: RecordRow): SearchRecord => ({ source, title, within, version, excerpt, url });
