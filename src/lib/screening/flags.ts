/**
 * What an answer tells the rules, beyond its words. Options in the flow data carry these; the rules in
 * `rules.ts` read them, so the wording of a question can change without touching a rule.
 */
export const flags = [
  'bahaya',
  'dewasa',
  'kekerasan',
  'layanan-publik',
  'daring',
  'disabilitas',
  'ancaman-saksi',
  'perempuan-dewasa',
  'sudah-ditangani',
  'belum-ditangani',
  'macet',
  'masih-berjalan',
] as const;

export type Flag = (typeof flags)[number];
