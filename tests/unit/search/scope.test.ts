import { describe, expect, it } from 'vitest';
import { scopeFromParams, scopeParams, searchRequest, versionRead } from '../../../src/lib/search/scope';

describe('search scope', () => {
  it('reads the version a reading page shows from its path', () => {
    expect(versionRead('dokumen/sop-pengaduan/')).toEqual({ document: 'sop-pengaduan' });
    expect(versionRead('dokumen/sop-pengaduan/0.1/')).toEqual({ document: 'sop-pengaduan', label: '0.1' });
    expect(versionRead('dokumen/sop-pengaduan/riwayat/')).toBeUndefined();
    expect(versionRead('dokumen/')).toBeUndefined();
    expect(versionRead('cari/')).toBeUndefined();
  });

  it('round-trips through /cari/ parameters, and treats anything unreadable as the default', () => {
    for (const state of [{ scope: 'terkini' as const }, { scope: 'semua' as const }, { scope: 'versi' as const, version: { document: 'sop-pengaduan', label: '0.1' } }, { scope: 'versi' as const, version: { document: 'kode-etik' } }]) {
      expect(scopeFromParams(new URLSearchParams(`q=x${scopeParams(state)}`))).toEqual(state);
    }
    expect(scopeFromParams(new URLSearchParams('cakupan=versi&dokumen=../../etc&versi=<b>'))).toEqual({ scope: 'terkini' });
    expect(scopeFromParams(new URLSearchParams('cakupan=apa-saja'))).toEqual({ scope: 'terkini' });
    expect(scopeFromParams(new URLSearchParams('semua=1'))).toEqual({ scope: 'semua' });
  });

  it('searches one version among every version', () => {
    expect(searchRequest('x', { scope: 'versi', version: { document: 'sop' } }, 10)).toEqual({ query: 'x', scope: 'terkini', version: { document: 'sop' }, limit: 10 });
    expect(searchRequest('x', { scope: 'semua' }, 10)).toEqual({ query: 'x', scope: 'semua', limit: 10 });
  });
});
