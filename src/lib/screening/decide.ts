import type { Flag } from './flags';

export type OutcomeId = 'kpai' | 'layanan-langsung' | 'sedang-ditangani' | 'ombudsman' | 'lpsk';

export interface Decision {
  outcome: OutcomeId;
  /** Keys of the flow's `reasons`: why this outcome, in the order they should be read. */
  reasons: string[];
  /** Other institutions that also fit, each with the reason and the contact to show. */
  also: { reason: string; contact: string }[];
}

/**
 * Where a complaint should go first, from what the answers tell (see GOV.UK "check a service is suitable").
 * KPAI oversees and mediates; direct services (UPTD PPA, police Unit PPA) come first for violence not yet
 * reported, and KPAI when handling has stalled — most complaints KPAI handles are cases stuck at regional level.
 */
export function decide(flags: ReadonlySet<Flag>): Decision {
  const also: Decision['also'] = [];
  if (flags.has('disabilitas')) also.push({ reason: 'disabilitas', contact: 'komnas-disabilitas' });
  if (flags.has('perempuan-dewasa')) also.push({ reason: 'perempuan-dewasa', contact: 'komnas-perempuan' });
  const result = (outcome: OutcomeId, ...reasons: string[]): Decision => ({ outcome, reasons, also });

  const violence = flags.has('kekerasan');
  if (flags.has('ancaman-saksi')) return result('lpsk', 'ancaman-saksi');
  if (flags.has('layanan-publik') && !violence) return result('ombudsman', 'layanan-publik');
  if (violence && flags.has('belum-ditangani')) return result('layanan-langsung', 'kekerasan', 'belum-ditangani');
  if (flags.has('macet')) return result('kpai', ...(violence ? ['kekerasan'] : []), 'macet');
  if (flags.has('masih-berjalan')) return result('sedang-ditangani', 'masih-berjalan');
  if (violence) return result('kpai', 'kekerasan', 'penanganan-tidak-jelas');
  return result('kpai', 'hak-anak');
}
