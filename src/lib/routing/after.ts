import type { AfterReport } from '../../schemas/routing';

/** Said wherever no source gives a time: never a guess, never silence. */
export const NO_TIME = 'Belum ada sumber yang menyebut berapa lama biasanya.';

/**
 * How long it usually takes, as a sentence: the time a source gives, with that source, or that no source gives
 * one. The tools show it under what the service does next.
 *
 * @example afterTime({ next: '…', time: 'Keputusan dalam 7 hari', source: 'menurut pemberitaan' })
 *   // 'Keputusan dalam 7 hari (menurut pemberitaan).'
 */
export function afterTime(after: AfterReport): string {
  return after.time ? `${after.time} (${after.source}).` : NO_TIME;
}
