import { describe, expect, it } from 'vitest';
import { documentRedirects, hasComparisons, readingPath } from '../../../src/lib/documents/page-plan';

const sop = { id: 'sop', title: 'SOP', versions: ['0.1', '0.2', '0.3'], current: '0.2' };
const single = { id: 'kode-etik', title: 'Kode Etik', versions: ['0.1'], current: '0.1' };

describe('readingPath: where a version is read', () => {
  it('reads the current version at the document’s address and every other at its fixed address', () => {
    expect(readingPath(sop, '0.2')).toBe('dokumen/sop/');
    expect(readingPath(sop, '0.1')).toBe('dokumen/sop/0.1/');
    expect(readingPath(sop, '0.3')).toBe('dokumen/sop/0.3/');
  });
});

describe('documentRedirects: addresses that answer with a redirect', () => {
  it('sends the current version’s fixed address to the document, and nothing else of a document with versions to compare', () => {
    expect(documentRedirects(sop).map(({ from, to }) => [from, to])).toEqual([['dokumen/sop/0.2/', 'dokumen/sop/']]);
  });

  it('gives a single-version document no comparison chooser, not even a redirect: only its current version’s fixed address', () => {
    expect(documentRedirects(single).map(({ from, to }) => [from, to])).toEqual([['dokumen/kode-etik/0.1/', 'dokumen/kode-etik/']]);
    expect(hasComparisons(single)).toBe(false);
    expect(hasComparisons(sop)).toBe(true);
  });

  it('never sends a version’s fixed address elsewhere once a newer version is current', () => {
    const later = { ...sop, current: '0.3' };
    expect(documentRedirects(later).map((r) => r.from)).toEqual(['dokumen/sop/0.3/']);
  });

  it('says why in words', () => {
    for (const r of documentRedirects(single)) expect(r.reason).toMatch(/^[A-Z].+\.$/);
  });
});
