import { describe, expect, it } from 'vitest';
import { checkSearch } from '../../src/lib/content/checks/search';

const clauses = {
  any: new Map([['sop-pengaduan', new Set(['mediasi', 'penyempurnaan'])]]),
  current: new Map([['sop-pengaduan', new Set(['mediasi'])]]),
};
const synonyms = (data: unknown) => ({ synonyms: { file: 'src/content/search/synonyms.yaml', data } });
const relevance = (data: unknown) => ({ relevance: { file: 'src/content/search/relevance.yaml', data } });

describe('search content: one clear message per mistake', () => {
  it('accepts good synonyms and a good relevance set', () => {
    expect(checkSearch({ ...synonyms({ groups: [['mou', 'nota kesepahaman']], clauses: { 'sop-pengaduan#penyempurnaan': ['revisi'] } }), ...relevance([{ who: 'staf', query: 'mediasi', expect: 'sop-pengaduan#mediasi' }, { who: 'publik', query: 'lapor', expect: '/penapisan/' }]) }, clauses)).toEqual([]);
  });

  it('names a clause-level synonym whose clause does not exist', () => {
    expect(checkSearch(synonyms({ groups: [], clauses: { 'sop-pengaduan#hak-asuh': ['cerai'], 'sop#mediasi': ['x'] } }), clauses)).toEqual([
      { file: 'src/content/search/synonyms.yaml', field: 'clauses.sop-pengaduan#hak-asuh', reason: 'klausul {#hak-asuh} tidak ada di versi mana pun dokumen "sop-pengaduan"' },
      { file: 'src/content/search/synonyms.yaml', field: 'clauses.sop#mediasi', reason: 'dokumen "sop" tidak terdaftar' },
    ]);
  });

  it('refuses a group of one phrase and a malformed clause key, field by field', () => {
    const errors = checkSearch(synonyms({ groups: [['sendirian']], clauses: { mediasi: ['x'] } }), clauses);
    expect(errors.map((e) => e.field)).toEqual(['groups[0]', 'clauses.mediasi']);
    expect(errors[0]!.reason).toContain('paling sedikit dua frasa');
  });

  it('names a relevance query that expects a clause missing from the current version', () => {
    expect(checkSearch(relevance([{ who: 'staf', query: 'revisi', expect: 'sop-pengaduan#penyempurnaan' }]), clauses)).toEqual([
      { file: 'src/content/search/relevance.yaml', field: '[0].expect ("revisi")', reason: 'klausul {#penyempurnaan} tidak ada di versi terkininya dokumen "sop-pengaduan"' },
    ]);
    expect(checkSearch(relevance([{ who: 'tamu', query: 'x', expect: 'sop' }]), clauses).map((e) => e.field)).toEqual(['[0].who', '[0].query', '[0].expect']);
  });
});
