// What a contact card needs to say "open now" inside a tool (an island, rendered in the browser): the zone to
// show times in (the chosen province's) and the lines that answer at any hour. Static pages leave it unset:
// their cards carry the hours as data, and src/scripts/hours.ts fills the status in on the reader's clock.
import { createContext } from 'preact';
import type { TimeZone } from '../../schemas/clock';
import type { AlwaysOpenLine } from '../../lib/hours/always-open';

export interface HoursView {
  /** The zone to give times in; the reader's device zone when not set. */
  zone?: TimeZone;
  alternatives: AlwaysOpenLine[];
}

export const HoursClock = createContext<HoursView | undefined>(undefined);
