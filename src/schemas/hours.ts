import { z } from 'astro/zod';
import { partialDate, source } from './shared';
import { dayNames, timeZoneIds, type TimeZone } from './clock';

/**
 * When a channel answers, as a source states it. Written the way Indonesian sources print it:
 *
 *   hours: 24 jam
 *   hours: { zone: WIB, open: hari kerja 09.00–15.00 }
 *   hours: { zone: WITA, open: [Senin–Kamis 07.30–15.40, Jumat 07.30–12.30] }
 *   hours: { open: 24 jam, source: { title: … }, sourceDate: 2023-11-13 }   # another source than the channel's
 *
 * Days: "setiap hari", "hari kerja" (Monday to Friday, not on public holidays), one day, a range "Senin–Jumat",
 * or a list "Senin, Rabu". Times: HH.MM–HH.MM in the service's own zone (WIB, WITA or WIT); a closing time
 * earlier than the opening time runs past midnight. Read into one shape, `Schedule`, that the hours logic
 * (src/lib/hours) and the browser use.
 */

/** Minutes since midnight, 0–1440. */
export interface Period {
  /** Days of the week it opens on, 0 = Minggu (Sunday) … 6 = Sabtu. */
  days: number[];
  from: number;
  to: number;
  /** "Hari kerja": the days above, except public holidays (no source lists them, so the site only says so). */
  workdays: boolean;
}

/** A channel's hours, ready for the clock: open all the time, or in periods of the service's own zone. */
export interface Schedule {
  always: boolean;
  zone?: TimeZone;
  periods: Period[];
}

export const ALWAYS = '24 jam';

const dayIndex = (name: string): number => dayNames.findIndex((d) => d.toLowerCase() === name.toLowerCase().replace(/['’]/g, ''));
const EXAMPLE = 'tulis misalnya "Senin–Jumat 09.00–15.00", "hari kerja 08.00–16.00", "setiap hari 07.00–22.00" atau "24 jam"';

/** One period as written ("Senin–Jumat 09.00–15.00"), or what is wrong with it, in Indonesian. */
export function readPeriod(text: string): Period | string {
  const match = /^(.+?)\s+(\d{1,2})[.:](\d{2})\s*[–—-]\s*(\d{1,2})[.:](\d{2})$/.exec(text.trim());
  if (!match) return `jam layanan tidak terbaca; ${EXAMPLE}`;
  const [, dayText, h1, m1, h2, m2] = match as unknown as [string, string, string, string, string, string];
  const days = readDays(dayText);
  if (typeof days === 'string') return days;
  const from = minutes(h1, m1);
  const to = minutes(h2, m2);
  if (from === undefined || to === undefined || from === 1440) return `jam "${h1}.${m1}–${h2}.${m2}" tidak ada; jam ditulis dari 00.00 sampai 24.00`;
  if (from === to) return 'jam buka dan jam tutup sama; untuk layanan sepanjang hari tulis "24 jam"';
  return { ...days, from, to };
}

function readDays(text: string): Pick<Period, 'days' | 'workdays'> | string {
  const words = text.trim().toLowerCase();
  if (words === 'setiap hari') return { days: [0, 1, 2, 3, 4, 5, 6], workdays: false };
  if (words === 'hari kerja') return { days: [1, 2, 3, 4, 5], workdays: true };
  const days = new Set<number>();
  for (const part of words.split(/\s*,\s*/)) {
    const [first, last, extra] = part.split(/\s*[–—-]\s*/);
    const a = dayIndex(first ?? '');
    const b = last === undefined ? a : dayIndex(last);
    const wrong = a < 0 ? first : b < 0 ? last : undefined;
    if (wrong !== undefined || extra !== undefined) {
      return `hari "${wrong ?? part}" tidak dikenal; tulis Senin, Selasa, Rabu, Kamis, Jumat, Sabtu atau Minggu, rentang "Senin–Jumat", "hari kerja" atau "setiap hari"`;
    }
    // A range runs forward through the week: "Jumat–Senin" is Friday, Saturday, Sunday, Monday.
    for (let d = a; ; d = (d + 1) % 7) {
      days.add(d);
      if (d === b) break;
    }
  }
  return { days: [...days].sort((x, y) => x - y), workdays: false };
}

function minutes(h: string, m: string): number | undefined {
  const value = Number(h) * 60 + Number(m);
  return Number(m) < 60 && value <= 1440 ? value : undefined;
}

const periodText = z.string({ error: `jam layanan harus berupa teks; ${EXAMPLE}` }).transform((text, ctx): Period | typeof ALWAYS => {
  if (text.trim().toLowerCase() === ALWAYS) return ALWAYS;
  const period = readPeriod(text);
  if (typeof period === 'string') {
    ctx.addIssue({ code: 'custom', message: period });
    return z.NEVER;
  }
  return period;
});

export const hours = z
  .preprocess(
    (value) => (typeof value === 'string' ? { open: value } : value),
    z
      .object({
        zone: z.enum(timeZoneIds, { error: 'zona waktu harus salah satu dari: WIB, WITA, WIT' }).optional(),
        // One period or a list; one is read as a list of one, so a mistake is named in the author's own words.
        open: z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(periodText, { error: `tulis jam layanan; ${EXAMPLE}` }).min(1, 'sebutkan paling sedikit satu jam buka')),
        /** Another source than the channel's, when that one states the hours. */
        source: source.optional(),
        sourceDate: partialDate.optional(),
      })
      .strict(),
  )
  .superRefine((value, ctx) => {
    const open = value.open;
    if (open.includes(ALWAYS) && open.length > 1) ctx.addIssue({ code: 'custom', path: ['open'], message: '"24 jam" berdiri sendiri, tanpa jam lain' });
    if (!open.includes(ALWAYS) && !value.zone) ctx.addIssue({ code: 'custom', path: ['zone'], message: 'sebutkan zona waktu layanan: WIB, WITA atau WIT' });
    if (value.source && !value.sourceDate) ctx.addIssue({ code: 'custom', path: ['sourceDate'], message: 'sumber jam layanan perlu tanggal terbitnya (sourceDate)' });
    if (value.sourceDate && !value.source) ctx.addIssue({ code: 'custom', path: ['source'], message: 'tanggal tanpa sumber: sebutkan sumber jam layanan (source), atau hapus sourceDate' });
  })
  .transform(({ zone, open: list, source, sourceDate }) => {
    const always = list.includes(ALWAYS);
    const schedule: Schedule = { always, periods: always ? [] : (list as Period[]), ...(zone && !always ? { zone } : {}) };
    return { ...schedule, ...(source ? { source, sourceDate } : {}) };
  });

export type Hours = z.output<typeof hours>;
