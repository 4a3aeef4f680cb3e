import { describe, expect, it } from 'vitest';
import { permanentUrl } from '../../src/lib/permanent-url';

describe('permanentUrl: the address printed on paper and put in citations', () => {
  it('is the path under the deployment’s own URL', () => {
    expect(permanentUrl('dokumen/sop-pengaduan/0.2/', 'https://pedoman.example.id')).toBe('https://pedoman.example.id/dokumen/sop-pengaduan/0.2/');
    expect(permanentUrl('dokumen/sop-pengaduan/0.2/', 'https://pedoman.example.id/')).toBe('https://pedoman.example.id/dokumen/sop-pengaduan/0.2/');
    expect(permanentUrl('', 'https://pedoman.example.id')).toBe('https://pedoman.example.id/');
  });
  it('puts the path under the base path, however the base is written', () => {
    for (const base of ['/pedoman/', '/pedoman', 'pedoman/']) {
      expect(permanentUrl('angka-pengaduan/', 'https://example.id', base)).toBe('https://example.id/pedoman/angka-pengaduan/');
    }
  });
  it('is nothing at all when no deployment URL is configured, so a local address is never printed', () => {
    expect(permanentUrl('dokumen/sop-pengaduan/0.2/', undefined)).toBeUndefined();
    expect(permanentUrl('dokumen/sop-pengaduan/0.2/', '')).toBeUndefined();
    expect(permanentUrl('dokumen/sop-pengaduan/0.2/', '  ')).toBeUndefined();
  });
});
