import { formatDate } from '../format-date';

/**
 * How a contact's two dates read beside its source: when the source was published, and whether a person
 * has checked the channel since — so a reader can judge a number before calling it.
 *
 * @example dateLine({ sourceDate: '2022-10' }) // 'terbit Oktober 2022; belum diperiksa langsung'
 * @example dateLine({ sourceDate: '2022-10', checkedAt: '2026-12-03' }) // 'terbit Oktober 2022; diperiksa langsung 3 Desember 2026'
 */
export function dateLine({ sourceDate, checkedAt }: { sourceDate: string; checkedAt?: string | undefined }): string {
  const checked = checkedAt ? `diperiksa langsung ${formatDate(checkedAt)}` : 'belum diperiksa langsung';
  return `terbit ${formatDate(sourceDate)}; ${checked}`;
}
