import { describe, expect, it } from 'vitest';
import { arrange, segments, termAsked } from '../../../src/lib/search/display';
import type { Lexicon } from '../../../src/lib/search/normalise';
import { withStopwords } from '../../../src/lib/search/stopwords';

const lexicon: Lexicon = withStopwords({ groups: [['mou', 'nota kesepahaman']], roots: {}, lookup: ['apa itu', 'arti', 'singkatan'], stopwords: ['arti', 'singkatan'] });

describe('the displayed order', () => {
  // Records 0–5 are clauses, 6–9 glossary entries; hits come ranked.
  const isGlossary = (id: number) => id >= 6;
  const hits = [6, 7, 0, 8, 1, 9, 2, 3].map((id, i) => ({ id, terms: 1, score: 10 - i }));
  const ids = (list: { id: number }[]) => list.map((h) => h.id);

  it('puts every clause first, in score order, then at most two glossary entries', () => {
    expect(ids(arrange(hits, isGlossary, { ids: new Set(), cue: false }))).toEqual([0, 1, 2, 3, 6, 7]);
  });

  it('keeps the entry the query names in its place; another entry still waits after the clauses', () => {
    expect(ids(arrange(hits, isGlossary, { ids: new Set([7]), cue: false }))).toEqual([7, 0, 1, 2, 3, 6]);
  });

  it('after "apa itu …" naming no entry exactly, keeps the two best entries in score order', () => {
    expect(ids(arrange(hits, isGlossary, { ids: new Set(), cue: true }))).toEqual([6, 7, 0, 1, 2, 3]);
  });
});

describe('which glossary entries a query asks for', () => {
  const glossary = { 'uptd ppa': 10, 'unit pelaksana teknis daerah perlindungan perempuan anak': 10, pengadu: 11, 'nota kesepahaman': 12, 'memorandum of understanding': 12, mou: 12, knd: 13 };
  it.each([
    ['apa itu uptd ppa', [10], true],
    ['arti pengadu', [11], true],
    ['singkatan knd', [13], true],
    ['apa itu rujukan berjenjang', [], true],
    ['UPTD PPA', [10], false],
    ['Unit Pelaksana Teknis Daerah Perlindungan Perempuan dan Anak', [10], false],
    ['nota kesepahaman', [12], false],
    ['mou', [12], false],
    ['pengadu', [11], false],
    // The same root is not the same term: "mengadu" asks how to complain, not what a complainant is.
    ['mengadu', [], false],
    ['uptd ppa di bekasi', [], false],
    ['rujukan kekerasan seksual', [], false],
  ] as const)('"%s" → %j, cue %s', (query, named, cue) => {
    expect(termAsked(query, lexicon, glossary)).toEqual({ ids: new Set(named), cue });
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
