import { describe, expect, it } from 'vitest';
import { indexRoots, queryTerms, searchable, stem, words, type Lexicon } from '../../../src/lib/search/normalise';
import { withStopwords } from '../../../src/lib/search/stopwords';

const lexicon: Lexicon = withStopwords({
  groups: [
    ['mou', 'nota kesepahaman'],
    ['lapor', 'adu'],
  ],
  roots: { ruju: 'rujuk', elaah: 'telaah' },
  stopwords: ['menjadi'],
  keep: ['sekolah'],
});

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
    expect(indexRoots('Anak yang tidak dilindungi', lexicon)).toEqual(['anak', 'lindung']);
  });

  it("turns a query into terms: a synonym phrase as typed, then its group's token", () => {
    expect(queryTerms('nota kesepahaman', lexicon)).toEqual([['nota sepaham', '~0']]);
    expect(queryTerms('MoU dengan sekolah', lexicon)).toEqual([['mou', '~0'], ['sekolah']]);
    expect(queryTerms('melapor', lexicon)).toEqual([['lapor', '~1']]);
  });

  it('finds the longest phrase first, each group once', () => {
    const withPhrases: Lexicon = { ...lexicon, groups: [['kerja sama'], ['perjanjian kerja sama', 'pks']] };
    expect(queryTerms('perjanjian kerja sama', withPhrases)).toEqual([['janji kerja', '~1']]);
    expect(queryTerms('mou atau nota kesepahaman', lexicon)).toEqual([['nota sepaham', '~0'], ['mou']]);
  });

  it('searches a query only once it has two letters or digits', () => {
    expect(searchable('a')).toBe(false);
    expect(searchable(' a ? ')).toBe(false);
    expect(searchable('ab')).toBe(true);
    expect(searchable('1 2')).toBe(true);
  });

  it('drops stopwords from a query unless nothing else is left', () => {
    expect(queryTerms('syarat menjadi mitra', lexicon)).toEqual([['syarat'], ['mitra']]);
    expect(queryTerms('yang', lexicon)).toEqual([['yang']]);
  });
});
