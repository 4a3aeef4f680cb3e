/** A dated entry in a data file: a channel, or a service whose existence a source states. */
export interface Dated {
  file: string;
  label: string;
  verifiedAt: string;
}

/**
 * Entries whose source is more than `months` months old on `today` (YYYY-MM-DD). A date known only to the
 * month or year counts from the end of that month or year, so nothing is called stale before it surely is.
 */
export function staleEntries(entries: readonly Dated[], today: string, months = 12): Dated[] {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const limit = new Date(Date.UTC(y, m - 1 - months, d)).toISOString().slice(0, 10);
  return entries.filter((e) => latestDay(e.verifiedAt) < limit);
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
