import { describe, expect, it } from 'vitest';
import { clauseNumber, clauseTitle, createClauseIds, deriveClauseId, DuplicateClauseIdError } from '../../../src/lib/documents/clause-id';

describe('deriveClauseId', () => {
  it.each([
    ['BAB II — Alur Layanan Pengaduan', 'alur-layanan-pengaduan'],
    ['Pasal 4 — Penelaahan', 'penelaahan'],
    ['Pasal 12A: Terminasi', 'terminasi'],
    ['3.2 Penelaahan Pengaduan', 'penelaahan-pengaduan'],
    ['3.2. Penelaahan Pengaduan', 'penelaahan-pengaduan'],
    ['a. Identitas pengadu', 'identitas-pengadu'],
    ['(1) Rujukan ke UPTD PPA', 'rujukan-ke-uptd-ppa'],
    ['Siapa yang dapat mengadu?', 'siapa-yang-dapat-mengadu'],
  ])('%s → %s', (heading, id) => {
    expect(deriveClauseId(heading)).toBe(id);
  });

  it('gives the same id to a clause that was renumbered', () => {
    expect(deriveClauseId('Pasal 3 — Pencatatan')).toBe(deriveClauseId('Pasal 5 — Pencatatan'));
    expect(deriveClauseId('2.1 Pencatatan')).toBe(deriveClauseId('4.3 Pencatatan'));
  });

  it('keeps a heading that is only a number rather than returning nothing', () => {
    expect(deriveClauseId('BAB IV')).toBe('bab-iv');
  });
});

describe('clauseNumber', () => {
  it.each([
    ['BAB II — Alur Layanan', 'BAB II'],
    ['Pasal 4 — Penelaahan', 'Pasal 4'],
    ['3.2 Penelaahan', '3.2'],
    ['Siapa yang dapat mengadu', ''],
  ])('%s → "%s"', (heading, number) => {
    expect(clauseNumber(heading)).toBe(number);
  });
});

describe('createClauseIds', () => {
  it('keeps explicit ids and derives the rest', () => {
    const next = createClauseIds();
    expect(next('Pasal 1 — Pengertian', 'definisi')).toBe('definisi');
    expect(next('Pasal 2 — Ruang Lingkup')).toBe('ruang-lingkup');
  });

  it('makes repeated derived ids unique in document order', () => {
    const next = createClauseIds();
    expect([next('1.1 Tujuan'), next('2.1 Tujuan'), next('3.1 Tujuan')]).toEqual(['tujuan', 'tujuan-2', 'tujuan-3']);
  });

  it('does not let a derived id take an id already set explicitly', () => {
    const next = createClauseIds();
    next('Pengertian', 'tujuan');
    expect(next('Tujuan')).toBe('tujuan-2');
  });

  it('refuses the same explicit id twice in one version', () => {
    const next = createClauseIds();
    next('Pasal 1', 'pengertian');
    expect(() => next('Pasal 9', 'pengertian')).toThrow(DuplicateClauseIdError);
  });

  it('starts afresh for each version', () => {
    createClauseIds()('Tujuan');
    expect(createClauseIds()('Tujuan')).toBe('tujuan');
  });
});

describe('clauseTitle', () => {
  it.each([
    ['Pasal 13 — Penelaahan', 'Penelaahan'],
    ['3.2 Penelaahan Pengaduan', 'Penelaahan Pengaduan'],
    ['Siapa yang dapat mengadu', 'Siapa yang dapat mengadu'],
  ])('%s → %s', (heading, title) => {
    expect(clauseTitle(heading)).toBe(title);
  });
});
