import type { Channel } from '../../schemas/contact';

/** A dated thing a reader relies on: a channel, or a regional service's own source. */
interface DatedItem {
  sourceDate: string;
  checkedAt?: string | undefined;
  unconfirmed?: true | undefined;
}

export interface DateProblem {
  field: string;
  reason: string;
}

/**
 * What no schema can see about a contact's two dates: a date that has not happened yet (a typo, or a
 * check written down before it was made), and a channel marked unconfirmed although someone checked it.
 * `field` is the entry's path as an author wrote it (`kpai.channels[2]`); `today` is YYYY-MM-DD.
 */
export function dateProblems(entries: readonly { field: string; item: DatedItem }[], today: string): DateProblem[] {
  return entries.flatMap(({ field, item }) => {
    const problems: DateProblem[] = [];
    // "tanpa tanggal" (a source that shows no date) is never in the future.
    if (/^\d/.test(item.sourceDate) && item.sourceDate.slice(0, today.length) > today.slice(0, item.sourceDate.length)) {
      problems.push({ field: `${field}.sourceDate`, reason: `tanggal terbit sumber "${item.sourceDate}" belum terjadi (hari ini ${today}); tulis tanggal yang tercetak di sumbernya` });
    }
    if (item.checkedAt && item.checkedAt > today) {
      problems.push({ field: `${field}.checkedAt`, reason: `tanggal pemeriksaan "${item.checkedAt}" belum terjadi (hari ini ${today}); tulis tanggal pemeriksaan itu benar-benar dilakukan` });
    }
    if (item.checkedAt && item.unconfirmed) {
      problems.push({
        field: `${field}.unconfirmed`,
        reason: 'kanal ini sudah diperiksa langsung (checkedAt), jadi tidak lagi "belum dipastikan": hapus "unconfirmed: true", atau hapus checkedAt bila pemeriksaan itu gagal',
      });
    }
    return problems;
  });
}

/** Each channel of an entry, named by its path, for `dateProblems`. */
export function channelItems(id: string, channels: readonly Channel[]): { field: string; item: DatedItem }[] {
  return channels.map((channel, index) => ({ field: `${id}.channels[${index}]`, item: channel }));
}
