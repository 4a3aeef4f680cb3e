// The clock's vocabulary, shared by the hours schema, the hours logic and the browser: a module of its own,
// free of anything else, so the "open now" script stays small.

/**
 * Indonesia's three time zones and their offsets from UTC in hours. None keeps daylight saving time, so an
 * offset is all a clock needs. Which province keeps which zone: src/lib/hours/zones.ts.
 */
export const timeZones = { WIB: 7, WITA: 8, WIT: 9 } as const;
export type TimeZone = keyof typeof timeZones;
export const timeZoneIds = ['WIB', 'WITA', 'WIT'] as const satisfies readonly TimeZone[];

/** The days of the week as sources and clocks name them, Sunday first (as `Date#getUTCDay` counts). */
export const dayNames = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;
