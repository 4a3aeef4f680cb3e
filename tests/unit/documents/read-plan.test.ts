import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readPlan } from '../../../src/lib/content/read-plan';
import { documentRedirects } from '../../../src/lib/documents/page-plan';

// The redirect pages are written from the content files themselves (outside Astro's collections): this plan
// must say what the site's pages say.
const site = readPlan(join(import.meta.dirname, '../../../src/content'));

describe('readPlan: the page plan read from the content files', () => {
  it('has every document in the registry, with its versions and its current one', () => {
    const kemitraan = site.find((d) => d.id === 'pedoman-kemitraan')!;
    expect(kemitraan.title).toBe('Pedoman Kemitraan');
    expect([...kemitraan.versions].sort()).toEqual(['0.1', '0.2']);
    expect(kemitraan.current).toBe('0.2');
    expect(site.length).toBeGreaterThanOrEqual(7);
  });

  it('gives every document one redirect for its current version, and single-version documents one for the chooser', () => {
    const redirects = site.flatMap(documentRedirects);
    expect(redirects.filter((r) => /^dokumen\/[^/]+\/[\d.]+\/$/.test(r.from))).toHaveLength(site.length);
    expect(redirects.filter((r) => r.from.endsWith('/bandingkan/'))).toHaveLength(site.filter((d) => d.versions.length === 1).length);
  });

  it('reads a fixture tree the same way', () => {
    const fixture = readPlan(join(import.meta.dirname, '../../fixtures/content/broken-link'));
    expect(fixture).toEqual([{ id: 'contoh', title: expect.any(String), versions: ['0.1'], current: '0.1' }]);
  });
});
