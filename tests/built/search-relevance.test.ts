import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createSearcher } from '../../src/lib/search/searcher';
import type { DisplayResult } from '../../src/lib/search/display';
import { indexFromDist } from '../../bench/search-files';
import { dist } from './dist';

interface Judgement {
  who: 'publik' | 'staf' | 'mitra';
  query: string;
  expect: string;
}

const relevance = parse(readFileSync(join(import.meta.dirname, '../../src/content/search/relevance.yaml'), 'utf8')) as Judgement[];
const search = createSearcher(indexFromDist(dist).load);

/** `doc#clause`: that clause in the document's current version; `/path/`: a page of the site. */
function isExpected(wanted: string) {
  if (wanted.startsWith('/')) return (r: DisplayResult) => r.url.endsWith(wanted);
  const [doc, clause] = wanted.split('#');
  return (r: DisplayResult) => r.version === '' && new RegExp(`/dokumen/${doc}/#${clause}$`).test(r.url);
}

describe('relevance set: the right result among the first three as displayed (the built index, the displayed list)', () => {
  it('has at least sixty real queries, from the public, staff and partners', () => {
    expect(relevance.length).toBeGreaterThanOrEqual(60);
    expect(new Set(relevance.map((r) => r.who))).toEqual(new Set(['publik', 'staf', 'mitra']));
  });

  it.each(relevance)('$who: "$query" → $expect', async ({ query, expect: wanted }) => {
    const { results } = await search({ query, scope: 'terkini', limit: 3 });
    const shown = results.map((r) => `${r.url} (${r.title})`).join('; ');
    expect(results.some(isExpected(wanted)), `${query}: ${shown}`).toBe(true);
  });
});
