import { dayNames, timeZones, type TimeZone } from '../../schemas/clock';
import type { HoursStatus } from './open-now';

/**
 * Whether it answers now, in the reader's words: "Buka sekarang, sampai pukul 15.00 WIB." or "Tutup sekarang.
 * Buka lagi besok pukul 10.00 WITA (09.00 WIB)." Times are given on the reader's clock (`view`: the zone of
 * the reader's device, or in the finder the chosen province's) and in the service's own zone; "hari ini" and
 * "besok" are the reader's day.
 */
export function statusText(status: HoursStatus, zone: TimeZone, now: number, view?: TimeZone): string {
  if (status.next === undefined) return status.always ? 'Buka 24 jam.' : '';
  const own = view ?? zone;
  // A moment as the wall clock of a zone shows it (no zone keeps daylight saving time, so the offset is enough).
  const wall = (moment: number, z: TimeZone) => new Date(moment + timeZones[z] * 3_600_000);
  const time = (z: TimeZone) => `${wall(status.next!, z).toISOString().slice(11, 16).replace(':', '.')} ${z}`;
  const at = own === zone ? time(zone) : `${time(own)} (${time(zone)})`;
  const holiday = status.workdays ? ' Pada hari libur nasional tutup.' : '';
  if (status.open) return `Buka sekarang, sampai pukul ${at}.${holiday}`;
  const today = wall(now, own).getUTCDay();
  const day = wall(status.next, own).getUTCDay();
  const when = day === today && status.next - now < 86_400_000 ? 'hari ini' : day === (today + 1) % 7 ? 'besok' : `hari ${dayNames[day]}`;
  return `Tutup sekarang. Buka lagi ${when} pukul ${at}.${holiday}`;
}
