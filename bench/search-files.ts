// The search index of a built site read as a browser fetches it: file by file, each counted at its gzip
// size (level 6, as a static host serves it). Shared by the relevance and budget tests and the benchmark.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createSearcher, type Load } from '../src/lib/search/searcher';
import { scriptClosure } from './page-weight.mjs';

export interface Fetched {
  path: string;
  gzip: number;
}

/** A loader over `<dist>/cari/indeks/`; `fetched` lists what it was asked for, with gzip sizes. Files are
 *  read once and served from memory, as parsed JSON each time (the browser parses what it fetches). */
export function indexFromDist(dist: string, { measure = true } = {}): { load: Load; fetched: Fetched[]; reset: () => void } {
  const dir = join(dist, 'cari/indeks');
  const files = new Map<string, { text: string; gzip: number }>();
  const fetched: Fetched[] = [];
  const load: Load = async (path) => {
    let file = files.get(path);
    if (!file) {
      const text = readFileSync(join(dir, path), 'utf8');
      files.set(path, (file = { text, gzip: measure ? gzipSync(text).length : 0 }));
    }
    fetched.push({ path, gzip: file.gzip });
    return JSON.parse(file.text) as unknown;
  };
  return { load, fetched, reset: () => void fetched.splice(0) };
}

/** The search code of a build, gzip bytes: what opening search loads (the dialog and its imports, less what
 *  the page has already loaded for the search opener), and the typo chunk (fuse.js), loaded only when a
 *  query's words as typed find little. */
export function searchCode(dist: string): { onOpen: number; typo: number } {
  const astro = join(dist, '_astro');
  const file = (pattern: RegExp) => {
    const name = readdirSync(astro).find((f) => pattern.test(f));
    if (!name) throw new Error(`no ${pattern} in ${astro}`);
    return join(astro, name);
  };
  const loaded = new Set<string>();
  scriptClosure(dist, '/', file(/^SiteHeader\.astro_astro_type_script.*\.js$/), loaded);
  const opened = new Set<string>();
  scriptClosure(dist, '/', file(/^dialog\..*\.js$/), opened);
  const gz = (path: string) => gzipSync(readFileSync(path)).length;
  return { onOpen: [...opened].filter((f) => !loaded.has(f)).reduce((sum, f) => sum + gz(f), 0), typo: gz(file(/^typo\..*\.js$/)) };
}

/**
 * What a reader downloads from opening search to the first results of one query, as in a fresh browser:
 * the search code, the manifest, the term files of the query's roots, the word files and fuse.js when a word
 * is guessed at, and the record files of the results shown (the dialog shows ten).
 */
export async function firstQuery(dist: string, code: { onOpen: number; typo: number }, query: string, shown = 10) {
  const { load, fetched } = indexFromDist(dist);
  const answer = await createSearcher(load)({ query, scope: 'terkini', limit: shown });
  const typo = fetched.some((f) => f.path.includes('/ejaan/'));
  const index = fetched.reduce((sum, f) => sum + f.gzip, 0);
  return { query, results: answer.results.length, files: fetched.length, index, typo, bytes: code.onOpen + index + (typo ? code.typo : 0) };
}
