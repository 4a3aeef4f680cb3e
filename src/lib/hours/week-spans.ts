import type { Schedule } from '../../schemas/hours';
import { timeZones } from '../../schemas/clock';
import { DAY, WEEK, statusAt, type HoursStatus, type Span } from './open-now';

// Build-time half of "open now" (and the tools'): the browser script only looks the spans up (open-now.ts).

/**
 * The schedule's periods as spans of the UTC week. Periods are laid on the service's own week first: one that
 * closes earlier than it opens runs past midnight, and one that runs past Saturday night wraps to Sunday;
 * touching periods count as one, so "setiap hari 00.00–24.00" never closes.
 */
export function weekSpans(schedule: Schedule): Span[] {
  if (schedule.always) return [[0, WEEK, 0]];
  if (!schedule.zone) return [];
  const local = schedule.periods
    .flatMap((p) => p.days.map((d) => ({ start: d * DAY + p.from, end: d * DAY + (p.to > p.from ? p.to : p.to + DAY), workdays: p.workdays })))
    .sort((a, b) => a.start - b.start);
  const merged: typeof local = [];
  for (const span of local) {
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
  if (merged.length === 1 && merged[0]!.end - merged[0]!.start >= WEEK) return [[0, WEEK, 0]];
  const shift = timeZones[schedule.zone] * 60;
  return merged
    .map(({ start, end, workdays }): Span => {
      const from = start - shift;
      return from < 0 ? [from + WEEK, end - shift + WEEK, workdays ? 1 : 0] : [from, end - shift, workdays ? 1 : 0];
    })
    .sort((a, b) => a[0] - b[0]);
}

/** Open or closed at `moment`, by a schedule: `statusAt` over its `weekSpans`. */
export function hoursStatus(schedule: Schedule, moment: number): HoursStatus {
  const spans = weekSpans(schedule);
  return spans.length === 1 && spans[0]![1] - spans[0]![0] >= WEEK ? { open: true, always: true } : statusAt(spans, moment);
}
