import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { gzipSync } from 'node:zlib';
import { firstQuery, searchCode } from '../../bench/search-files';
import { scriptClosure } from '../../bench/page-weight.mjs';
import { dist } from './dist';

// Search's byte budgets (gzip), counted as the benchmark counts them (bench/search-files.ts). Timings are in
// `npm run bench` only.
const KB = 1024;
const code = searchCode(dist);
const queries = (parse(readFileSync(join(import.meta.dirname, '../../src/content/search/relevance.yaml'), 'utf8')) as { query: string }[]).map((r) => r.query);

describe('search budgets, gzip', () => {
  it('search code: at most 15 KB in all — what opening search loads, and fuse.js for typos', () => {
    expect(code.onOpen + code.typo).toBeLessThanOrEqual(15 * KB);
  });

  it.each(queries)('"%s": from opening search to the first results, at most 40 KB fetched in all', async (query) => {
    const { bytes } = await firstQuery(dist, code, query);
    expect(bytes).toBeLessThanOrEqual(40 * KB);
  });

  it('every page: the search opener and what it imports weigh no more than before the index was split (1,438 bytes)', () => {
    const astro = join(dist, '_astro');
    const opener = new Set<string>();
    scriptClosure(dist, '/', join(astro, readdirSync(astro).find((f) => /^SiteHeader\.astro_astro_type_script.*\.js$/.test(f))!), opener);
    expect([...opener].reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0)).toBeLessThanOrEqual(1438);
  });

  it('no single index file is large: a query fetches only small pieces', () => {
    const dir = join(dist, 'cari/indeks');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(20);
    const over = files.filter((f) => readFileSync(join(dir, f)).length > 16 * KB);
    expect(over).toEqual([]);
  });
});
