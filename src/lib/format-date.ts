const day = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const month = new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2024-02-29" → "29 Februari 2024"; "2022-10" → "Oktober 2022"; "2021" → "2021"; anything else as written. */
export function formatDate(isoDate: string): string {
  if (!/^\d{4}/.test(isoDate)) return isoDate;
  if (isoDate.length === 4) return isoDate;
  if (isoDate.length === 7) return month.format(new Date(`${isoDate}-01T00:00:00Z`));
  return day.format(new Date(`${isoDate}T00:00:00Z`));
}
