import { describe, expect, it } from 'vitest';
import { getProvinces } from 'idn-area-data';
import { hours, readPeriod, type Schedule } from '../../../src/schemas/hours';
import { statusAt, zoneOfOffset } from '../../../src/lib/hours/open-now';
import { hoursStatus, weekSpans } from '../../../src/lib/hours/week-spans';
import { statusText } from '../../../src/lib/hours/status-text';
import { clockTime, scheduleText } from '../../../src/lib/hours/schedule-text';
import { provinceZone, zoneOfRegion } from '../../../src/lib/hours/zones';

const parse = (value: unknown) => hours.parse(value);
const problems = (value: unknown) => {
  const result = hours.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.') || '(hours)'}: ${i.message}`);
};

/** A moment given as a wall-clock time in UTC+offset: at(2026, 12, 7, 9, 0, 7) = Monday 7 Dec 2026 09.00 WIB. */
const at = (y: number, mo: number, d: number, h: number, mi: number, offset: number) => Date.UTC(y, mo - 1, d, h - offset, mi);
// 7 December 2026 is a Monday; 5 and 6 December are Saturday and Sunday.

const kpai: Schedule = parse({ zone: 'WIB', open: 'hari kerja 09.00–15.00' });
const night: Schedule = parse({ zone: 'WITA', open: 'setiap hari 20.00–02.00' });

describe('reading hours as sources print them', () => {
  it('reads "24 jam", a working-day period and a list of periods', () => {
    expect(parse('24 jam')).toEqual({ always: true, periods: [] });
    expect(kpai).toEqual({ always: false, zone: 'WIB', periods: [{ days: [1, 2, 3, 4, 5], from: 540, to: 900, workdays: true }] });
    expect(parse({ zone: 'WITA', open: ['Senin–Kamis 07.30–15.40', 'Jumat 07:30-12:30'] }).periods).toEqual([
      { days: [1, 2, 3, 4], from: 450, to: 940, workdays: false },
      { days: [5], from: 450, to: 750, workdays: false },
    ]);
    expect(readPeriod('Jumat–Senin 22.00–06.00')).toEqual({ days: [0, 1, 5, 6], from: 1320, to: 360, workdays: false });
    expect(readPeriod('Senin, Rabu 08.00–24.00')).toEqual({ days: [1, 3], from: 480, to: 1440, workdays: false });
  });

  it('keeps a source of its own, with its date', () => {
    expect(parse({ open: '24 jam', source: { title: 'Antara, 13 November 2023' }, sourceDate: '2023-11-13' })).toEqual({
      always: true,
      periods: [],
      source: { title: 'Antara, 13 November 2023' },
      sourceDate: '2023-11-13',
    });
  });

  it('says in Indonesian what is wrong, one message per mistake', () => {
    expect(problems({ zone: 'WIB', open: 'Senn–Jumat 09.00–15.00' })).toEqual([
      'open.0: hari "senn" tidak dikenal; tulis Senin, Selasa, Rabu, Kamis, Jumat, Sabtu atau Minggu, rentang "Senin–Jumat", "hari kerja" atau "setiap hari"',
    ]);
    expect(problems({ zone: 'WIB', open: 'Senin–Jumat 09.00–25.00' })).toEqual(['open.0: jam "09.00–25.00" tidak ada; jam ditulis dari 00.00 sampai 24.00']);
    expect(problems({ zone: 'WIB', open: 'pagi sampai sore' })[0]).toMatch(/^open.0: jam layanan tidak terbaca; tulis misalnya "Senin–Jumat 09.00–15.00"/);
    expect(problems({ open: 'Senin–Jumat 09.00–15.00' })).toEqual(['zone: sebutkan zona waktu layanan: WIB, WITA atau WIT']);
    expect(problems({ zone: 'GMT', open: 'Senin 09.00–10.00' })).toEqual(['zone: zona waktu harus salah satu dari: WIB, WITA, WIT']);
    expect(problems({ zone: 'WIB', open: 'Senin 09.00–09.00' })).toEqual(['open.0: jam buka dan jam tutup sama; untuk layanan sepanjang hari tulis "24 jam"']);
    expect(problems({ open: ['24 jam', 'Senin 09.00–10.00'], zone: 'WIB' })).toEqual(['open: "24 jam" berdiri sendiri, tanpa jam lain']);
    expect(problems({ open: '24 jam', sourceDate: '2023' })).toEqual(['source: tanggal tanpa sumber: sebutkan sumber jam layanan (source), atau hapus sourceDate']);
    expect(problems({ open: '24 jam', jam: 'x' })).toHaveLength(1);
  });
});

describe('open now, by the service’s own zone', () => {
  it('a WIB office is open at 10.00 WIB and closed at 15.00 WIB sharp, then opens again the next working day', () => {
    const open = hoursStatus(kpai, at(2026, 12, 7, 10, 0, 7));
    expect(open).toMatchObject({ open: true, workdays: true, next: at(2026, 12, 7, 15, 0, 7) });
    expect(hoursStatus(kpai, at(2026, 12, 7, 15, 0, 7))).toMatchObject({ open: false, next: at(2026, 12, 8, 9, 0, 7) });
    // Friday evening: next opening is Monday morning.
    expect(hoursStatus(kpai, at(2026, 12, 11, 18, 0, 7))).toMatchObject({ open: false, next: at(2026, 12, 14, 9, 0, 7) });
  });

  it('the same moment read from WITA and WIT clocks gives the same answer: 09.30 WIT is 07.30 WIB, before opening', () => {
    const moment = at(2026, 12, 7, 9, 30, 9);
    expect(hoursStatus(kpai, moment)).toMatchObject({ open: false, next: at(2026, 12, 7, 9, 0, 7) });
    expect(hoursStatus(kpai, at(2026, 12, 7, 15, 30, 8))).toMatchObject({ open: true }); // 14.30 WIB
    expect(hoursStatus(kpai, at(2026, 12, 7, 16, 30, 8))).toMatchObject({ open: false }); // 15.30 WIB
  });

  it('across midnight: at 00.30 WIT on Saturday it is still Friday 22.30 WIB, closed until Monday', () => {
    const moment = at(2026, 12, 12, 0, 30, 9);
    const status = hoursStatus(kpai, moment);
    expect(status).toMatchObject({ open: false, next: at(2026, 12, 14, 9, 0, 7) });
    expect(statusText(status, 'WIB', moment, 'WIT')).toBe('Tutup sekarang. Buka lagi hari Senin pukul 11.00 WIT (09.00 WIB). Pada hari libur nasional tutup.');
  });

  it('a night service runs past midnight, and past Saturday night into Sunday', () => {
    expect(hoursStatus(night, at(2026, 12, 7, 23, 0, 8))).toMatchObject({ open: true, next: at(2026, 12, 8, 2, 0, 8) });
    expect(hoursStatus(night, at(2026, 12, 8, 1, 59, 8))).toMatchObject({ open: true, next: at(2026, 12, 8, 2, 0, 8) });
    expect(hoursStatus(night, at(2026, 12, 8, 2, 0, 8))).toMatchObject({ open: false, next: at(2026, 12, 8, 20, 0, 8) });
    const weekend: Schedule = parse({ zone: 'WIT', open: 'Sabtu 22.00–03.00' });
    expect(hoursStatus(weekend, at(2026, 12, 6, 1, 0, 9))).toMatchObject({ open: true, next: at(2026, 12, 6, 3, 0, 9) }); // Sunday 01.00
    expect(hoursStatus(weekend, at(2026, 12, 6, 3, 0, 9))).toMatchObject({ open: false, next: at(2026, 12, 12, 22, 0, 9) });
  });

  it('touching periods are one: every day 00.00–24.00 never closes, and 24 jam is always open', () => {
    expect(hoursStatus(parse({ zone: 'WIB', open: 'setiap hari 00.00–24.00' }), at(2026, 12, 7, 23, 59, 7))).toMatchObject({ open: true, always: true });
    const split: Schedule = parse({ zone: 'WIB', open: ['Senin 08.00–12.00', 'Senin 12.00–16.00'] });
    expect(hoursStatus(split, at(2026, 12, 7, 11, 0, 7)).next).toBe(at(2026, 12, 7, 16, 0, 7));
    expect(hoursStatus(parse('24 jam'), Date.UTC(2026, 0, 1))).toEqual({ open: true, always: true });
  });
});

describe('the week on UTC, worked out at build time', () => {
  it('shifts a WIB office to UTC, and wraps a WIT morning into the previous UTC day', () => {
    expect(weekSpans(kpai)).toEqual([1, 2, 3, 4, 5].map((d) => [d * 1440 + 120, d * 1440 + 480, 1]));
    // Monday 07.00–08.00 WIT is Sunday 22.00–23.00 UTC; Sunday 01.00–02.00 WIT is Saturday 16.00–17.00 UTC.
    expect(weekSpans(parse({ zone: 'WIT', open: ['Senin 07.00–08.00', 'Minggu 01.00–02.00'] }))).toEqual([
      [1320, 1380, 0],
      [6 * 1440 + 960, 6 * 1440 + 1020, 0],
    ]);
    expect(weekSpans(parse('24 jam'))).toEqual([[0, 10080, 0]]);
  });
  it('answers the same as the schedule does, from the spans alone', () => {
    const moment = at(2026, 12, 7, 14, 59, 7);
    expect(statusAt(weekSpans(kpai), moment)).toEqual(hoursStatus(kpai, moment));
    expect(statusAt([], moment)).toEqual({ open: false });
  });
});

describe('hours in words', () => {
  it('as text for every reader and for paper', () => {
    expect(scheduleText(kpai)).toBe('hari kerja (Senin–Jumat), 09.00–15.00 WIB');
    expect(scheduleText(night)).toBe('setiap hari, 20.00–02.00 WITA');
    expect(scheduleText(parse({ zone: 'WIT', open: ['Senin, Rabu, Kamis 08.00–12.00'] }))).toBe('Senin, Rabu–Kamis, 08.00–12.00 WIT');
    expect(scheduleText(parse('24 jam'))).toBe('24 jam setiap hari');
    expect(clockTime(1440)).toBe('24.00');
    expect(clockTime(0)).toBe('00.00');
  });

  it('now, on the reader’s clock first and the service’s in brackets; "hari ini" and "besok" are the reader’s day', () => {
    const morning = at(2026, 12, 7, 8, 0, 7);
    expect(statusText(hoursStatus(kpai, morning), 'WIB', morning)).toBe('Tutup sekarang. Buka lagi hari ini pukul 09.00 WIB. Pada hari libur nasional tutup.');
    const noon = at(2026, 12, 7, 12, 0, 8);
    expect(statusText(hoursStatus(kpai, noon), 'WIB', noon, 'WITA')).toBe('Buka sekarang, sampai pukul 16.00 WITA (15.00 WIB). Pada hari libur nasional tutup.');
    const evening = at(2026, 12, 7, 22, 0, 8);
    expect(statusText(hoursStatus(kpai, evening), 'WIB', evening, 'WITA')).toBe('Tutup sekarang. Buka lagi besok pukul 10.00 WITA (09.00 WIB). Pada hari libur nasional tutup.');
    expect(statusText(hoursStatus(parse('24 jam'), evening), 'WIB', evening)).toBe('Buka 24 jam.');
  });
});

describe('time zones', () => {
  it('every province of idn-area-data has the zone Keppres 41/1987 gives its land', async () => {
    // Written out by name, from the decree's list (Kompas.com, 12 February 2024), not from the rule it tests.
    const wita = ['Bali', 'Nusa Tenggara Barat', 'Nusa Tenggara Timur', 'Kalimantan Selatan', 'Kalimantan Timur', 'Kalimantan Utara', 'Sulawesi Utara', 'Sulawesi Tengah', 'Sulawesi Selatan', 'Sulawesi Tenggara', 'Gorontalo', 'Sulawesi Barat'];
    const wit = ['Maluku', 'Maluku Utara', 'Papua', 'Papua Barat', 'Papua Selatan', 'Papua Tengah', 'Papua Pegunungan', 'Papua Barat Daya'];
    const provinces = await getProvinces();
    expect(provinces).toHaveLength(38);
    for (const p of provinces) expect([p.name, provinceZone(p.code)]).toEqual([p.name, wit.includes(p.name) ? 'WIT' : wita.includes(p.name) ? 'WITA' : 'WIB']);
  });
  it('by Kemendagri code: Kalimantan Barat WIB, Kalimantan Utara and Sulawesi Selatan WITA, Papua Barat Daya WIT', () => {
    expect(zoneOfRegion('61')).toBe('WIB');
    expect(zoneOfRegion('65.71')).toBe('WITA');
    expect(zoneOfRegion('73')).toBe('WITA');
    expect(zoneOfRegion('96')).toBe('WIT');
    expect(zoneOfRegion('x')).toBeUndefined();
    expect(zoneOfRegion(undefined)).toBeUndefined();
  });
  it('from a device clock: UTC+7, +8, +9 are WIB, WITA, WIT; anything else is no Indonesian zone', () => {
    expect([420, 480, 540, 0, 330].map(zoneOfOffset)).toEqual(['WIB', 'WITA', 'WIT', undefined, undefined]);
  });
});
