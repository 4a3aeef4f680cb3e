import { describe, expect, it } from 'vitest';
import { glosser, segmentsText, unexplained } from '../../../src/lib/routing/plain-words';

const terms = [
  { id: 'uptd-ppa', term: 'UPTD PPA', expansion: 'Unit Pelaksana Teknis Daerah Perlindungan Perempuan dan Anak' },
  { id: 'kpai', term: 'KPAI', expansion: 'Komisi Perlindungan Anak Indonesia' },
  { id: 'dukcapil', term: 'Dukcapil', aliases: ['Disdukcapil'], expansion: 'Dinas Kependudukan dan Pencatatan Sipil' },
];

describe('explaining terms on first use', () => {
  it('marks the first use of each term in what a person reads, and leaves later uses plain', () => {
    const gloss = glosser(terms);
    const first = gloss('Hubungi UPTD PPA, lalu KPAI.');
    expect(first.map((s) => (typeof s === 'string' ? s : `[${s.text}]`)).join('')).toBe('Hubungi [UPTD PPA], lalu [KPAI].');
    expect(gloss('UPTD PPA dan Disdukcapil')).toEqual(['UPTD PPA dan ', { text: 'Disdukcapil', gloss: terms[2] }]);
  });

  it('does not match inside longer words, and writes the expansion in copied text', () => {
    const gloss = glosser(terms);
    expect(gloss('KPAID Bekasi')).toEqual(['KPAID Bekasi']);
    expect(segmentsText(glosser(terms)('Adukan ke KPAI.'))).toBe('Adukan ke KPAI (Komisi Perlindungan Anak Indonesia).');
  });

  it('finds abbreviations no entry explains, leaving out words every reader knows', () => {
    expect(unexplained('Hubungi UPTD PPA atau LPSK lewat WhatsApp; bawa KTP.', terms)).toEqual(['LPSK']);
    expect(unexplained('Lapor ke SP4N-LAPOR! atau TelePontren.', terms)).toEqual(['SP4N', 'TelePontren']);
  });
});
