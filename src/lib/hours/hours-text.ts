import { dayNames, type Period, type Schedule } from '../../schemas/hours';
import type { TimeZone } from '../../schemas/vocabularies';
import { wallClock, type HoursStatus } from './open-now';

/** 540 → "09.00", the way Indonesian sources and clocks write a time. */
export function clockTime(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440 || (minutes === 1440 ? 1440 : 0);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}.${String(m % 60).padStart(2, '0')}`;
}

/**
 * The hours as text, for every reader, with or without JavaScript, and on paper.
 *
 * @example scheduleText({ always: true, periods: [] }) // "24 jam setiap hari"
 * @example scheduleText({ always: false, zone: 'WIB', periods: [{ days: [1,2,3,4,5], from: 540, to: 900, workdays: true }] }) // "hari kerja (Senin–Jumat), 09.00–15.00 WIB"
 */
export function scheduleText(schedule: Schedule): string {
  if (schedule.always) return '24 jam setiap hari';
  const periods = schedule.periods.map((p) => `${daysText(p)}, ${clockTime(p.from)}–${clockTime(p.to)}`).join('; ');
  return `${periods} ${schedule.zone ?? ''}`.trim();
}

function daysText({ days, workdays }: Period): string {
  const names = days.length === 7 ? 'setiap hari' : runs(days).map(([a, b]) => (a === b ? dayNames[a] : `${dayNames[a]}–${dayNames[b]}`)).join(', ');
  return workdays ? `hari kerja (${names})` : names;
}

/** Consecutive days as [first, last] runs: [1,2,3,5] → [[1,3],[5,5]]. */
function runs(days: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const d of days) {
    const last = out.at(-1);
    if (last && d === last[1] + 1) last[1] = d;
    else out.push([d, d]);
  }
  return out;
}

/**
 * Whether it answers now, in the reader's words: "Buka sekarang, sampai pukul 15.00 WIB." or "Tutup sekarang.
 * Buka lagi besok pukul 10.00 WITA (09.00 WIB)." Times are given on the reader's clock (`view`: the zone of
 * the reader's device, or in the finder the chosen province's) and in the service's own zone; "hari ini" and
 * "besok" are the reader's day.
 */
export function statusText(status: HoursStatus, schedule: Schedule, now: number, view?: TimeZone): string {
  if (status.always) return 'Buka 24 jam.';
  if (status.next === undefined || !schedule.zone) return '';
  const zone = schedule.zone;
  const own = view ?? zone;
  const at = `${clockTime(wallClock(status.next, own).minutes)} ${own}${own === zone ? '' : ` (${clockTime(wallClock(status.next, zone).minutes)} ${zone})`}`;
  const holiday = status.workdays ? ' Pada hari libur nasional tutup.' : '';
  if (status.open) return `Buka sekarang, sampai pukul ${at}.${holiday}`;
  const today = wallClock(now, own).day;
  const day = wallClock(status.next, own).day;
  const when = day === today && status.next - now < 86_400_000 ? 'hari ini' : day === (today + 1) % 7 ? 'besok' : `hari ${dayNames[day]}`;
  return `Tutup sekarang. Buka lagi ${when} pukul ${at}.${holiday}`;
}
