import type { TimeZone } from '../../schemas/clock';

export const DAY = 1440;
export const WEEK = 7 * DAY;
const MINUTE = 60_000;

/**
 * When a channel answers, in minutes of the week on UTC (Sunday 00.00 UTC = 0): [start, end, working days
 * only]. An end past the week's end runs on into the next Sunday. Worked out once, at build time, so the
 * browser's part is a lookup (src/scripts/hours.ts stays small).
 */
export type Span = [start: number, end: number, workdays: 0 | 1];

/** Whether a channel answers at a moment, and when that changes. */
export interface HoursStatus {
  open: boolean;
  /** Open all the time: nothing changes (only a schedule says so; see `hoursStatus`). */
  always?: boolean;
  /** When it next closes (when open) or opens (when closed), as a moment; absent when always open. */
  next?: number;
  /** The period in question is on working days only, so a public holiday is an exception the site cannot see. */
  workdays?: boolean;
}

/**
 * Open or closed at `moment` (milliseconds since 1970: the reader's clock), and the next moment that changes.
 * A 24-hour line never gets here: its card says "24 jam" and needs no clock.
 *
 * @example statusAt([[120, 480, 1]], Date.UTC(2026, 11, 6, 3)) // Sunday 03.00 UTC → { open: true, next: 08.00 UTC, workdays: true }
 */
export function statusAt(spans: readonly Span[], moment: number): HoursStatus {
  const minute = Math.floor(moment / MINUTE);
  // 1 January 1970 was a Thursday: four days after a Sunday.
  const now = (minute + 4 * DAY) % WEEK;
  const at = (wait: number) => (minute + wait) * MINUTE;
  let closed: { wait: number; workdays: number } | undefined;
  for (const [start, end, workdays] of spans) {
    // In the span this week, or in the part of last week's span that runs past Saturday midnight.
    if (now >= start && now < end) return { open: true, next: at(end - now), workdays: !!workdays };
    if (now + WEEK < end) return { open: true, next: at(end - WEEK - now), workdays: !!workdays };
    const wait = (start - now + WEEK) % WEEK;
    if (!closed || wait < closed.wait) closed = { wait, workdays };
  }
  return closed ? { open: false, next: at(closed.wait), workdays: !!closed.workdays } : { open: false };
}

/**
 * The Indonesian zone a device's clock keeps, from its offset east of UTC in minutes (the negative of
 * `Date#getTimezoneOffset()`); undefined outside Indonesia, where times are shown in the service's zone only.
 */
export function zoneOfOffset(minutesEast: number): TimeZone | undefined {
  return minutesEast === 420 ? 'WIB' : minutesEast === 480 ? 'WITA' : minutesEast === 540 ? 'WIT' : undefined;
}
