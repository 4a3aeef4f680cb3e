import { describe, expect, it } from 'vitest';
import { indexText, queryTerms, stem, words, type Lexicon } from '../../../src/lib/search/normalise';

const lexicon: Lexicon = {
  groups: [
    ['mou', 'nota kesepahaman'],
    ['lapor', 'adu'],
  ],
  roots: { ruju: 'rujuk', elaah: 'telaah' },
  stopwords: ['menjadi'],
  keep: ['sekolah'],
};

describe('Indonesian normalisation', () => {
  it.each([
    ['pengaduan', 'mengadukan', 'aduan', 'mengadu'],
    ['perlindungan', 'melindungi', 'dilindungi'],
    ['rujukan', 'merujuk', 'dirujuk'],
    ['penelaahan', 'ditelaah', 'menelaah'],
    ['kesepahaman', 'sepaham'],
  ])('%s and its family share a root', (...family) => {
    const roots = new Set(family.map((w) => stem(w, lexicon)));
    expect(roots.size, [...roots].join(', ')).toBe(1);
  });

  it('keeps whole the words the stemmer would cut too far', () => {
    expect(stem('sekolah', lexicon)).toBe('sekolah');
  });

  it('lower-cases, drops accents and punctuation, and keeps numbers', () => {
    expect(words('Pasal 76 huruf (f) — Kédudukan!')).toEqual(['pasal', '76', 'huruf', 'f', 'kedudukan']);
  });

  it('leaves stopwords out of the index, never out of meaning', () => {
    expect(indexText('Anak yang tidak dilindungi', lexicon)).toBe('anak lindung');
  });

  it('turns a query into terms with their synonyms, words as typed first', () => {
    expect(queryTerms('nota kesepahaman', lexicon)).toEqual([['nota sepaham', 'mou']]);
    expect(queryTerms('MoU dengan sekolah', lexicon)).toEqual([['mou', 'nota sepaham'], ['sekolah']]);
    expect(queryTerms('melapor', lexicon)).toEqual([['lapor', 'adu']]);
  });

  it('drops stopwords from a query unless nothing else is left', () => {
    expect(queryTerms('syarat menjadi mitra', lexicon)).toEqual([['syarat'], ['mitra']]);
    expect(queryTerms('yang', lexicon)).toEqual([['yang']]);
  });
});
