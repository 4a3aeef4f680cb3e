import { describe, expect, it } from 'vitest';
import { arrange, isTermLookup, segments } from '../../../src/lib/search/display';
import type { Lexicon } from '../../../src/lib/search/normalise';
import { withStopwords } from '../../../src/lib/search/stopwords';

const lexicon: Lexicon = withStopwords({ groups: [['mou', 'nota kesepahaman']], roots: {}, lookup: ['apa itu', 'arti', 'singkatan'], stopwords: ['arti', 'singkatan'] });
const glossary = new Set(['uptd ppa', 'unit pelaksana teknis daerah perlindungan perempuan anak', 'pengadu', 'nota kesepahaman', 'memorandum of understanding', 'mou']);

describe('the displayed order', () => {
  // Records 0–5 are clauses, 6–9 glossary entries; hits come ranked.
  const isGlossary = (id: number) => id >= 6;
  const hits = [6, 7, 0, 8, 1, 9, 2, 3].map((id, i) => ({ id, terms: 1, score: 10 - i }));

  it('puts every clause first, in score order, then at most two glossary entries', () => {
    expect(arrange(hits, isGlossary, false).map((h) => h.id)).toEqual([0, 1, 2, 3, 6, 7]);
  });

  it('keeps the two best glossary entries in score order when a term is asked for', () => {
    expect(arrange(hits, isGlossary, true).map((h) => h.id)).toEqual([6, 7, 0, 1, 2, 3]);
  });
});

describe('term lookups', () => {
  it.each([
    ['apa itu uptd ppa', true],
    ['arti pengadu', true],
    ['singkatan knd', true],
    ['UPTD PPA', true],
    ['Unit Pelaksana Teknis Daerah Perlindungan Perempuan dan Anak', true],
    ['nota kesepahaman', true],
    ['mou', true],
    ['pengadu', true],
    // The same root is not the same term: "mengadu" asks how to complain, not what a complainant is.
    ['mengadu', false],
    ['uptd ppa di bekasi', false],
    ['rujukan kekerasan seksual', false],
  ])('"%s" → %s', (query, lookup) => {
    expect(isTermLookup(query, lexicon, glossary)).toBe(lookup);
  });
});

describe('marked text', () => {
  it('marks the words whose root matched, keeping everything else as written', () => {
    expect(segments('Pasal 13 — Penelaahan Pengaduan', ['adu'], lexicon)).toEqual([
      ['Pasal 13 — Penelaahan ', false],
      ['Pengaduan', true],
    ]);
  });
});
