import { describe, expect, it } from 'vitest';
import { buildPayload, createSearch } from '../../src/lib/search/engine';
import { currentPayload, lexicon, siteSources } from './corpus';

describe('search over the site', () => {
  const search = createSearch(currentPayload());

  it('finds a clause whatever form of the word is typed', () => {
    for (const q of ['pengaduan', 'mengadukan', 'aduan']) expect(search(q).length, q).toBeGreaterThan(5);
  });

  it('finds through a typo', () => {
    expect(search('kesepahamn').map((h) => h.record.url)).toContain('/dokumen/pedoman-kemitraan/0.2/#nota-kesepahaman');
  });

  it('keeps old versions out of the default scope and in the wide one', () => {
    const all = createSearch(buildPayload(siteSources(), lexicon));
    expect(all('penyempurnaan', 'current').some((h) => h.record.version === 'Versi 0.1')).toBe(false);
    expect(all('penyempurnaan', 'all').some((h) => h.record.url === '/dokumen/pedoman-kemitraan/0.1/#penyempurnaan')).toBe(true);
  });

  it('answers an empty, stopword-only or overlong query without failing', () => {
    expect(search('')).toEqual([]);
    expect(search('   ')).toEqual([]);
    expect(() => search('a'.repeat(10_000))).not.toThrow();
  });

  it('reports the roots that matched, for highlighting', () => {
    expect(search('mediasi')[0]!.matched).toContain('mediasi');
  });
});
