import type { RegionalKind } from '../../schemas/service';

/** How each kind of regional service is named in a sentence. */
export const kindLabel: Record<RegionalKind, string> = {
  'uptd-ppa': 'UPTD PPA',
  p2tp2a: 'P2TP2A',
  'dinas-pppa': 'Dinas PPPA',
  kpad: 'KPAD',
  'darurat-112': 'layanan 112',
};
