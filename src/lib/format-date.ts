const day = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const month = new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2024-02-29" → "29 Februari 2024"; "2022-10" → "Oktober 2022"; "2021" → "2021"; anything else as written. */
export function formatDate(isoDate: string): string {
  if (!/^\d{4}/.test(isoDate)) return isoDate;
  if (isoDate.length === 4) return isoDate;
  if (isoDate.length === 7) return month.format(new Date(`${isoDate}-01T00:00:00Z`));
  return day.format(new Date(`${isoDate}T00:00:00Z`));
}

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/**
 * A span of days as Indonesian writes it, saying the month and year once where they are shared:
 * "19–20 September 2023", "30 November – 2 Desember 2023", "31 Desember 2023 – 1 Januari 2024".
 * Without an end, or when it is the first day, it is one date.
 */
export function formatDateRange(from: string, until?: string): string {
  if (!until || until === from) return formatDate(from);
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [uy, um, ud] = until.split('-').map(Number) as [number, number, number];
  if (fy === uy && fm === um) return `${fd}–${ud} ${MONTHS[um - 1]} ${uy}`;
  if (fy === uy) return `${fd} ${MONTHS[fm - 1]} – ${ud} ${MONTHS[um - 1]} ${uy}`;
  return `${formatDate(from)} – ${formatDate(until)}`;
}
