import { formatDate } from '../format-date';
import { isComing, type VersionLike } from './versions';
import { documentStatusLabels } from '../../schemas/vocabularies';

export interface DatedVersionLike extends VersionLike {
  date: string;
  effectiveDate?: string;
  withdrawnDate?: string;
}

/** The status as a reader should take it today: a `berlaku` version with a later effective date is not yet in force. */
export function statusToday(v: DatedVersionLike, today: string): string {
  return isComing(v, today) ? 'Akan berlaku' : documentStatusLabels[v.status];
}

/**
 * A version's status and dates in one sentence, as of `today` (YYYY-MM-DD), for the version page, the history
 * and the PDF of record. Says plainly when a date is not recorded rather than leaving it out.
 *
 * @example statusSentence({ version: '1.1', status: 'berlaku', date: '2026-11-01', effectiveDate: '2027-01-01' }, '2026-12-01')
 * // 'Sudah disahkan; akan berlaku 1 Januari 2027.'
 */
export function statusSentence(v: DatedVersionLike, today: string): string {
  const since = (d: string | undefined) => (d ? formatDate(d) : 'tanggal yang tidak tercatat');
  switch (v.status) {
    case 'draf':
      return `Draf tertanggal ${formatDate(v.date)}. Belum disahkan dan belum berlaku.`;
    case 'berlaku':
      return isComing(v, today) ? `Sudah disahkan; akan berlaku ${formatDate(v.effectiveDate!)}.` : `Berlaku sejak ${since(v.effectiveDate)}.`;
    case 'diganti':
      return `Berlaku sejak ${since(v.effectiveDate)}, kemudian diganti.`;
    case 'dicabut':
      return `Berlaku sejak ${since(v.effectiveDate)}, dicabut ${since(v.withdrawnDate)}.`;
  }
}

/** The date a list shows for a version: when it takes or took effect, or the date of a draft's text. */
export function dateLine(v: DatedVersionLike, today: string): string {
  if (!v.effectiveDate) return `Draf tertanggal ${formatDate(v.date)}`;
  return isComing(v, today) ? `Akan berlaku ${formatDate(v.effectiveDate)}` : `Berlaku sejak ${formatDate(v.effectiveDate)}`;
}
