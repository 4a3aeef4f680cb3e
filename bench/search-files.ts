// The search index of a built site read as a browser fetches it: file by file, each counted at its gzip
// size (level 6, as a static host serves it). Shared by the relevance and budget tests and the benchmark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Load } from '../src/lib/search/searcher';

export interface Fetched {
  path: string;
  gzip: number;
}

/** A loader over `<dist>/cari/indeks/`; `fetched` lists what it was asked for, in order. Files are read
 *  and compressed once, then served from memory, so timings measure search, not the disk. */
export function indexFromDist(dist: string): { load: Load; fetched: Fetched[]; reset: () => void } {
  const dir = join(dist, 'cari/indeks');
  const files = new Map<string, { text: string; gzip: number }>();
  const fetched: Fetched[] = [];
  const load: Load = async (path) => {
    let file = files.get(path);
    if (!file) {
      const text = readFileSync(join(dir, path), 'utf8');
      files.set(path, (file = { text, gzip: gzipSync(text).length }));
    }
    fetched.push({ path, gzip: file.gzip });
    return JSON.parse(file.text) as unknown;
  };
  return { load, fetched, reset: () => void fetched.splice(0) };
}
