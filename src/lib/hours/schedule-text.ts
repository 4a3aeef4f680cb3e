import type { Period, Schedule } from '../../schemas/hours';
import { dayNames } from '../../schemas/clock';

/** 540 → "09.00", the way Indonesian sources and clocks write a time; 1440 → "24.00". */
export function clockTime(minutes: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.floor(minutes / 60))}.${two(minutes % 60)}`;
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
