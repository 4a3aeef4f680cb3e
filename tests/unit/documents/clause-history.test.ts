import { describe, expect, it } from 'vitest';
import { clausesOf } from '../../../src/lib/documents/clauses';
import { clauseHistories, hasChanged, type HistoryVersion } from '../../../src/lib/documents/clause-history';
import { formerClauseProblems, movedIdsIn } from '../../../src/lib/documents/former-clauses';

const version = (label: string, body: string, extra: Partial<HistoryVersion> = {}): HistoryVersion => ({
  version: label,
  status: 'draf',
  date: `2026-0${label.slice(-1)}-01`,
  clauses: clausesOf(body),
  ...extra,
});

const v1 = version('0.1', '## BAB I — Umum {#umum}\n\n### Pasal 1 — Tujuan {#tujuan}\n\nPedoman ini mengatur pengaduan.\n\n### Pasal 2 — Batas Waktu\n\nTujuh hari.\n\n### Pasal 3 — Penyempurnaan\n\nAkan dilengkapi.');
const v2 = version(
  '0.2',
  '## BAB I — Umum {#umum}\n\n### Pasal 1 — Tujuan {#tujuan}\n\nPedoman ini mengatur pengaduan dan rujukan.\n\n### Pasal 2 — Definisi\n\nAnak adalah …\n\n### Pasal 3 — Jangka Waktu Penanganan {#jangka-waktu}\n\nTujuh hari.',
  { formerClauses: [{ id: 'batas-waktu', movedTo: 'jangka-waktu' }, { id: 'penyempurnaan', removed: 'Isinya sudah dilaksanakan.' }] },
);
const v3 = version('0.3', '## BAB I — Umum {#umum}\n\n### Pasal 1 — Tujuan {#tujuan}\n\nPedoman ini mengatur pengaduan dan rujukan.\n\n### Pasal 2 — Definisi\n\nAnak adalah …\n\n### Pasal 3 — Jangka Waktu Penanganan {#jangka-waktu}\n\nEmpat belas hari.');

describe('the history of one clause', () => {
  const histories = clauseHistories([v1, v2, v3]);
  const of = (id: string) => histories.find((h) => h.id === id)!;

  it('lists each version that did something to it, with the words that changed', () => {
    const purpose = of('tujuan');
    expect(purpose.events.map((e) => [e.version, e.kinds])).toEqual([['0.1', ['added']], ['0.2', ['changed']]]);
    expect(purpose.events[1]!.change!.textDiff!.filter((p) => p.change === 'added').map((p) => p.text.trim())).toContain('dan rujukan');
    expect(purpose.presentIn).toEqual(['0.1', '0.2', '0.3']);
  });

  it('follows a clause across a new id, and keeps its earlier id', () => {
    const limit = of('jangka-waktu');
    expect(limit.ids).toEqual(['batas-waktu', 'jangka-waktu']);
    expect(limit.events.map((e) => [e.version, e.kinds])).toEqual([['0.1', ['added']], ['0.2', ['changed', 'renumbered', 'renamed']], ['0.3', ['changed']]]);
    expect(limit.events[1]!.formerId).toBe('batas-waktu');
    expect(histories.some((h) => h.id === 'batas-waktu')).toBe(false);
  });

  it('says when and why a clause was removed', () => {
    expect(of('penyempurnaan').events.at(-1)).toMatchObject({ version: '0.2', kinds: ['removed'], reason: 'Isinya sudah dilaksanakan.' });
  });

  it('a clause renumbered but not reworded is renumbered, not changed', () => {
    const moved = clauseHistories([v1, version('0.2', '## BAB I — Umum {#umum}\n\n### Pasal 2 — Tujuan {#tujuan}\n\nPedoman ini mengatur pengaduan.', { formerClauses: [] })]);
    expect(moved.find((h) => h.id === 'tujuan')!.events[1]!.kinds).toEqual(['renumbered']);
  });

  it('only clauses that changed after they appeared get a page of their own', () => {
    expect(histories.filter(hasChanged).map((h) => h.id).sort()).toEqual(['jangka-waktu', 'penyempurnaan', 'tujuan']);
    // Renumbered only (Pasal 2 → Pasal 3 of a clause that kept its words) is no reason for a page.
    expect(hasChanged(clauseHistories([v1, version("0.2", "### Pasal 7 — Tujuan {#tujuan}\n\nPedoman ini mengatur pengaduan.", { formerClauses: [{ id: "batas-waktu", removed: "Dihapus saja." }, { id: "penyempurnaan", removed: "Dihapus saja." }, { id: "umum", removed: "Dihapus saja." }] })]).find((h) => h.id === "tujuan")!)).toBe(false);
  });

  it('a clause that comes back is restored, in the same history', () => {
    const back = clauseHistories([v1, v2, version('0.3', '### Pasal 9 — Penyempurnaan\n\nLagi.')]);
    expect(back.filter((h) => h.id === 'penyempurnaan')).toHaveLength(1);
    expect(back.find((h) => h.id === 'penyempurnaan')!.events.map((e) => e.kinds[0])).toEqual(['added', 'removed', 'restored']);
  });
});

describe('clause ids that survive', () => {
  const ids = (v: HistoryVersion) => ({ version: v.version, clauses: v.clauses, formerClauses: v.formerClauses });

  it('accepts versions that say where every missing clause went', () => {
    expect(formerClauseProblems([v1, v2, v3].map(ids))).toEqual([]);
  });

  it('names each clause that disappears without a word, with its heading and what to write', () => {
    const problems = formerClauseProblems([ids(v1), { ...ids(v2), formerClauses: [] }]);
    expect(problems.map((p) => p.id)).toEqual(['batas-waktu', 'penyempurnaan']);
    expect(problems[0]!.reason).toContain('bagian {#batas-waktu} ("Pasal 2 — Batas Waktu") ada di versi 0.1 tetapi tidak ada di versi ini');
    expect(problems[0]!.reason).toContain('movedTo');
  });

  it('refuses a declaration that says something untrue', () => {
    const problems = formerClauseProblems([
      ids(v1),
      {
        ...ids(v2),
        formerClauses: [
          { id: 'batas-waktu', movedTo: 'tidak-ada' },
          { id: 'penyempurnaan', removed: 'Dihapus.', movedTo: 'tujuan' },
          { id: 'tujuan', removed: 'Salah.' },
          { id: 'belum-pernah', removed: 'Salah.' },
        ],
      },
    ]);
    expect(problems.map((p) => [p.index, p.reason.split(':')[0]])).toEqual([
      [0, 'bagian {#tidak-ada} tidak ada di versi ini (tulis id bagian tempat isinya sekarang)'],
      [1, 'tulis salah satu'],
      [2, 'bagian {#tujuan} masih ada di versi ini; hapus butir ini'],
      [3, 'versi 0.1 tidak punya bagian {#belum-pernah}; tulis id bagian yang ada di versi itu'],
    ]);
  });

  it('sends an old id to the clause that now holds it, across several versions', () => {
    const v4 = version('0.4', '### Pasal 3 — Waktu {#waktu}\n\nEmpat belas hari.', { formerClauses: [{ id: 'jangka-waktu', movedTo: 'waktu' }] });
    const all = [v1, v2, v3, v4].map(ids);
    expect(Object.fromEntries(movedIdsIn(all, '0.4'))).toEqual({ 'batas-waktu': 'waktu', 'jangka-waktu': 'waktu' });
    expect(Object.fromEntries(movedIdsIn(all, '0.2'))).toEqual({ 'batas-waktu': 'jangka-waktu' });
  });
});
