import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { createSearch } from '../../src/lib/search/engine';
import { currentPayload } from './corpus';

const relevance = parse(readFileSync(join(import.meta.dirname, '../../src/content/search/relevance.yaml'), 'utf8')) as { query: string; expect: string }[];
const search = createSearch(currentPayload());

describe('relevance set: the right place in the first three results', () => {
  it('has at least thirty real queries', () => {
    expect(relevance.length).toBeGreaterThanOrEqual(30);
  });
  for (const { query, expect: url } of relevance) {
    it(`"${query}" → ${url}`, () => {
      const top = search(query).slice(0, 3).map((h) => h.record.url);
      expect(top, `${query}: ${search(query).slice(0, 5).map((h) => h.record.url).join(', ')}`).toContain(url);
    });
  }
});
