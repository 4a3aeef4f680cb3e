import { describe, expect, it } from 'vitest';
import { absentClauses } from '../../../src/lib/documents/absent-clauses';

const v = (version: string, ids: string[]) => ({ version, clauses: ids.map((id) => ({ id, heading: `Judul ${id} (${version})` })) });
const history = [v('0.1', ['a', 'lama', 'b']), v('0.2', ['a', 'b', 'baru']), v('0.3', ['a', 'baru', 'lagi'])];

describe('absentClauses', () => {
  it('says in which version a clause was removed and where it last stood', () => {
    expect(absentClauses(history, '0.2')).toEqual([
      { id: 'lama', heading: 'Judul lama (0.1)', lastIn: '0.1', removedIn: '0.2' },
      { id: 'lagi', heading: 'Judul lagi (0.3)', nextIn: '0.3' },
    ]);
  });

  it('says when a clause of a later version was not there yet', () => {
    expect(absentClauses(history, '0.1').map((a) => [a.id, a.nextIn])).toEqual([
      ['baru', '0.2'],
      ['lagi', '0.3'],
    ]);
  });

  it('uses the newest earlier heading and reports every clause once', () => {
    const result = absentClauses(history, '0.3');
    expect(result.map((a) => [a.id, a.lastIn, a.removedIn])).toEqual([
      ['b', '0.2', '0.3'],
      ['lama', '0.1', '0.2'],
    ]);
  });

  it('returns nothing for an unknown version', () => {
    expect(absentClauses(history, '9.9')).toEqual([]);
  });
});
