import { describe, expect, it } from 'vitest';
import type { Clause } from '../../../src/lib/documents/clauses';
import { compareClauses, isChange } from '../../../src/lib/documents/compare';
import { prebuiltPairs } from '../../../src/lib/documents/compare-pairs';

const c = (id: string, heading: string, text = `Isi ${id}.`, parent?: string): Clause => ({
  id,
  depth: parent ? 3 : 2,
  heading,
  number: heading.match(/^(BAB \w+|Pasal \d+)/)?.[1] ?? '',
  ...(parent ? { parent } : {}),
  text,
});

describe('compareClauses on hand-written pairs', () => {
  it('finds nothing between a version and itself', () => {
    const v = [c('umum', 'BAB I — Umum'), c('tujuan', 'Pasal 1 — Tujuan', 'Melindungi anak.', 'umum')];
    const { summary, changes } = compareClauses(v, v);
    expect(summary).toEqual({ added: 0, removed: 0, changed: 0, moved: 0, renumbered: 0, unchanged: 2 });
    expect(changes.some(isChange)).toBe(false);
  });

  it('tells added, removed and changed clauses apart, with word-level changes', () => {
    const before = [c('tujuan', 'Pasal 1 — Tujuan', 'SOP ini melindungi anak.'), c('lama', 'Pasal 2 — Ketentuan Lama')];
    const after = [c('tujuan', 'Pasal 1 — Tujuan', 'SOP ini melindungi setiap anak.'), c('baru', 'Pasal 2 — Ketentuan Baru')];
    const { changes, summary } = compareClauses(before, after);
    expect(changes.map((x) => [x.id, x.kind])).toEqual([
      ['tujuan', 'changed'],
      ['lama', 'removed'],
      ['baru', 'added'],
    ]);
    expect(summary).toMatchObject({ added: 1, removed: 1, changed: 1, unchanged: 0 });
    expect(changes[0]!.textDiff).toEqual([{ text: 'SOP ini melindungi ' }, { text: 'setiap ', change: 'added' }, { text: 'anak.' }]);
  });

  it('shows a renumbered clause as renumbered, not as changed, removed or added', () => {
    const before = [c('a', 'Pasal 1 — A'), c('b', 'Pasal 2 — Penelaahan')];
    const after = [c('a', 'Pasal 1 — A'), c('x', 'Pasal 2 — Baru'), c('b', 'Pasal 3 — Penelaahan')];
    const b = compareClauses(before, after).changes.find((x) => x.id === 'b')!;
    expect(b).toMatchObject({ kind: 'unchanged', renumbered: true, moved: false });
  });

  it('shows a clause that went to another part as moved', () => {
    const before = [c('bab1', 'BAB I — Satu'), c('p', 'Pasal 3 — Prinsip', 'Isi p.', 'bab1'), c('bab2', 'BAB II — Dua')];
    const after = [c('bab1', 'BAB I — Satu'), c('bab2', 'BAB II — Dua'), c('p', 'Pasal 5 — Prinsip', 'Isi p.', 'bab2')];
    const { changes, summary } = compareClauses(before, after);
    expect(changes.find((x) => x.id === 'p')).toMatchObject({ kind: 'unchanged', moved: true, renumbered: true });
    expect(summary).toMatchObject({ moved: 1, added: 0, removed: 0 });
  });

  it('shows a clause that changed places among its siblings as moved, and only that one', () => {
    const before = [c('a', 'A'), c('b', 'B'), c('c', 'C'), c('d', 'D')];
    const after = [c('a', 'A'), c('c', 'C'), c('d', 'D'), c('b', 'B')];
    expect(compareClauses(before, after).changes.filter((x) => x.moved).map((x) => x.id)).toEqual(['b']);
  });

  it('counts a reworded heading as a change, but not a new number alone', () => {
    const before = [c('t', 'Pasal 1 — Tujuan Umum')];
    const after = [c('t', 'Pasal 4 — Tujuan')];
    const [change] = compareClauses(before, after).changes;
    expect(change).toMatchObject({ kind: 'changed', renumbered: true });
    expect(change!.headingDiff).toEqual([{ text: 'Tujuan' }, { text: ' Umum', change: 'removed' }]);
  });

  it('keeps a removed clause where it stood: before the first shared clause, or after its predecessor', () => {
    const before = [c('x', 'X'), c('a', 'A'), c('y', 'Y'), c('b', 'B')];
    const after = [c('a', 'A'), c('b', 'B')];
    expect(compareClauses(before, after).changes.map((x) => `${x.id}:${x.kind}`)).toEqual(['x:removed', 'a:unchanged', 'y:removed', 'b:unchanged']);
  });
});

describe('prebuiltPairs', () => {
  it('pairs each version with the next and each older version with the current one, once', () => {
    expect(prebuiltPairs(['0.1', '0.2', '0.3'], '0.3')).toEqual([
      ['0.1', '0.2'],
      ['0.2', '0.3'],
      ['0.1', '0.3'],
    ]);
  });
  it('stays linear: twenty versions give fewer than forty pages', () => {
    const labels = Array.from({ length: 20 }, (_, i) => `1.${i}`);
    expect(prebuiltPairs(labels, '1.19').length).toBe(19 + 18);
  });
  it('compares older versions with a current version that is not the newest', () => {
    expect(prebuiltPairs(['1.0', '1.1', '2.0'], '1.1')).toEqual([
      ['1.0', '1.1'],
      ['1.1', '2.0'],
    ]);
  });
});
