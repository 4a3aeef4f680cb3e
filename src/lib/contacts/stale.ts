/** A dated entry in a data file: a channel, or a service whose existence a source states. */
export interface Dated {
  file: string;
  label: string;
  /** The date of the source that states it: YYYY-MM-DD, YYYY-MM or YYYY. */
  sourceDate: string;
  /** The day a person last checked it directly, when someone has. */
  checkedAt?: string;
}

/**
 * The date an entry was last known to be right: the later of its source's date and the day a person checked
 * it. A date known only to the month or year counts from the end of that month or year, so nothing is called
 * stale before it surely is.
 *
 * @example lastConfirmed({ sourceDate: '2018-01', checkedAt: '2026-12-03', … }) // '2026-12-03'
 */
export function lastConfirmed(entry: Pick<Dated, 'sourceDate' | 'checkedAt'>): string {
  const source = latestDay(entry.sourceDate);
  return entry.checkedAt && entry.checkedAt > source ? entry.checkedAt : source;
}

/** Entries last confirmed (see `lastConfirmed`) more than `months` months before `today` (YYYY-MM-DD). */
export function staleEntries(entries: readonly Dated[], today: string, months = 12): Dated[] {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const limit = new Date(Date.UTC(y, m - 1 - months, d)).toISOString().slice(0, 10);
  return entries.filter((e) => lastConfirmed(e) < limit);
}

function latestDay(date: string): string {
  // A source with no date is always due for a re-check.
  if (!/^\d{4}/.test(date)) return '0000-00-00';
  if (date.length === 10) return date;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return `${date}-12-31`;
}

/**
 * Contact details age: those last confirmed over a year ago — by the later of their source's date and the day
 * a person checked them — in one line for the build log; `npm run check -- --kontak-lama` lists them all.
 */
export function staleSummary(stale: readonly Dated[]): string {
  const sample = stale.slice(0, 3).map((e) => e.label);
  const more = stale.length > sample.length ? `, dan ${stale.length - sample.length} lainnya` : '';
  return `${stale.length} kontak terakhir dipastikan lebih dari 12 bulan yang lalu (${sample.join('; ')}${more}). Daftar lengkapnya: npm run check -- --kontak-lama`;
}

/** Every stale contact on its own line, with its dates: what to re-check. */
export function staleList(stale: readonly Dated[]): string {
  return [
    `${stale.length} kontak terakhir dipastikan lebih dari 12 bulan yang lalu. Hubungi kanalnya lalu isi checkedAt dengan tanggal pemeriksaan, atau ganti sumbernya dan sourceDate:`,
    ...stale.map((e) => `  ${e.file}: ${e.label} (sumber ${e.sourceDate}; ${e.checkedAt ? `diperiksa ${e.checkedAt}` : 'belum diperiksa langsung'})`),
  ].join('\n');
}
