import { describe, expect, it } from 'vitest';
import type { DatedVersion } from '../../../src/lib/documents/in-force';
import { pointInTimeAnswer } from '../../../src/lib/documents/point-in-time';
import { dateLine, statusSentence, statusToday } from '../../../src/lib/documents/version-dates';
import { currentVersion } from '../../../src/lib/documents/versions';

const today = '2026-12-01';
const versions: DatedVersion[] = [
  { version: '1.0', status: 'berlaku', date: '2025-01-10', effectiveDate: '2025-02-01' },
  { version: '1.1', status: 'berlaku', date: '2026-11-20', effectiveDate: '2027-01-01' },
  { version: '2.0', status: 'draf', date: '2026-11-25' },
];
const words = (sentences: ReturnType<typeof pointInTimeAnswer>) => sentences.map((s) => s.map((p) => (typeof p === 'string' ? p : `versi ${p.version}`)).join(''));

describe('a version enacted for a later day', () => {
  it('shows as "akan berlaku <date>", not as in force', () => {
    expect(statusToday(versions[1]!, today)).toBe('Akan berlaku');
    expect(statusSentence(versions[1]!, today)).toBe('Sudah disahkan; akan berlaku 1 Januari 2027.');
    expect(dateLine(versions[1]!, today)).toBe('Akan berlaku 1 Januari 2027');
    expect(statusSentence(versions[1]!, '2027-01-01')).toBe('Berlaku sejak 1 Januari 2027.');
  });

  it('does not take the document’s address until its day: the version in force stays current', () => {
    expect(currentVersion(versions, today)?.version).toBe('1.0');
    expect(currentVersion(versions, '2027-01-01')?.version).toBe('1.1');
    expect(currentVersion(versions.slice(1), today)?.version).toBe('1.1');
  });
});

describe('which version applied on a day', () => {
  it('a day still ahead: says so, and answers from the effective dates already set', () => {
    expect(words(pointInTimeAnswer(versions, '2027-03-01', today))).toEqual([
      'Tanggal itu belum tiba (hari ini 1 Desember 2026). Jawaban ini menurut tanggal berlaku yang sudah ditetapkan, dan dapat berubah bila ada versi baru.',
      'Pada 1 Maret 2027 yang akan berlaku adalah versi 1.1 (mulai berlaku 1 Januari 2027).',
    ]);
  });

  it('today: the version in force, and that the next one is coming', () => {
    expect(words(pointInTimeAnswer(versions, today, today))[0]).toBe('Pada 1 Desember 2026 yang berlaku adalah versi 1.0 (berlaku sejak 1 Februari 2025 sampai sebelum 1 Januari 2027).');
  });

  it('says plainly when no version has an effective date', () => {
    const drafts: DatedVersion[] = [{ version: '0.1', status: 'draf', date: '2026-11-01' }];
    expect(words(pointInTimeAnswer(drafts, '2026-11-15', today))).toEqual([
      'Belum ada versi dokumen ini yang punya tanggal berlaku: semua versinya masih draf, jadi pada 15 November 2026 tidak ada versi yang berlaku.',
      'Draf terbaru pada tanggal itu: versi 0.1 (tertanggal 1 November 2026).',
    ]);
  });

  it('says plainly when a superseded version’s last day is not recorded', () => {
    const gap: DatedVersion[] = [{ version: '1.0', status: 'diganti', date: '2025-01-10', effectiveDate: '2025-02-01' }];
    expect(words(pointInTimeAnswer(gap, '2026-06-01', today))[0]).toContain('tanggal berakhirnya tidak tercatat');
  });
});
