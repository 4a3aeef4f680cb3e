import type { Schedule } from '../../schemas/hours';
import { timeZones, type TimeZone } from '../../schemas/vocabularies';

const DAY = 1440;
const WEEK = 7 * DAY;
const MINUTE = 60_000;

/** Whether a channel answers at a moment, and when that changes. */
export interface HoursStatus {
  open: boolean;
  /** Open all the time: nothing changes. */
  always: boolean;
  /** When it next closes (when open) or opens (when closed), as a moment; absent when always open. */
  next?: number;
  /** The period in question is on working days only, so a public holiday is an exception the site cannot see. */
  workdays: boolean;
}

/** A moment as the clock on the wall of a zone shows it: the day of the week (0 = Minggu) and minutes. */
export function wallClock(moment: number, zone: TimeZone): { day: number; minutes: number } {
  const local = new Date(moment + timeZones[zone] * 60 * MINUTE);
  return { day: local.getUTCDay(), minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/**
 * Open or closed at `moment` (milliseconds since 1970, the reader's clock), by the service's own zone, and the
 * next moment that changes. Periods are laid on a week of minutes; one that closes earlier than it opens runs
 * past midnight, and one that runs past Saturday night wraps to Sunday. Touching periods count as one, so
 * "setiap hari 00.00–24.00" never closes.
 *
 * @example hoursStatus({ always: false, zone: 'WIB', periods: [{ days: [1,2,3,4,5], from: 540, to: 900, workdays: true }] }, Date.UTC(2026, 11, 7, 3)) // Mon 10.00 WIB → { open: true, next: Mon 15.00 WIB, … }
 */
export function hoursStatus(schedule: Schedule, moment: number): HoursStatus {
  if (schedule.always || !schedule.zone) return { open: schedule.always, always: schedule.always, workdays: false };
  const { day, minutes } = wallClock(moment, schedule.zone);
  const now = day * DAY + minutes;
  const spans = mergedSpans(schedule);
  if (spans.length === 0) return { open: false, always: false, workdays: false };
  if (spans.length === 1 && spans[0]!.end - spans[0]!.start >= WEEK) return { open: true, always: true, workdays: spans[0]!.workdays };
  // Minutes until a week-minute comes round next, and that moment (to the minute, as a wall clock turns).
  const start = moment - (moment % MINUTE);
  const after = (wait: number) => start + wait * MINUTE;
  for (const span of spans) {
    // In the span this week, or in the part of last week's span that runs past Saturday midnight.
    if (now >= span.start && now < span.end) return { open: true, always: false, next: after(span.end - now), workdays: span.workdays };
    if (now + WEEK < span.end) return { open: true, always: false, next: after(span.end - WEEK - now), workdays: span.workdays };
  }
  // Closed: the first opening after now, going round the week.
  const waits = spans.map((span) => ({ span, wait: (((span.start - now) % WEEK) + WEEK) % WEEK }));
  const first = waits.reduce((a, b) => (b.wait < a.wait ? b : a));
  return { open: false, always: false, next: after(first.wait), workdays: first.span.workdays };
}

interface Span {
  start: number;
  end: number;
  workdays: boolean;
}

/** Every period as spans of minutes of the week (Sunday 00.00 = 0), sorted, with touching spans joined. */
function mergedSpans(schedule: Schedule): Span[] {
  const spans: Span[] = schedule.periods
    .flatMap((p) => p.days.map((d) => ({ start: d * DAY + p.from, end: d * DAY + (p.to > p.from ? p.to : p.to + DAY), workdays: p.workdays })))
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      last.workdays ||= span.workdays;
    } else merged.push({ ...span });
  }
  // A span running past the week's end that reaches the first one joins it (Saturday night into Sunday).
  const first = merged[0];
  const last = merged.at(-1);
  if (first && last && merged.length > 1 && last.end >= first.start + WEEK) {
    last.end = Math.max(last.end, first.end + WEEK);
    last.workdays ||= first.workdays;
    merged.shift();
  }
  return merged;
}
