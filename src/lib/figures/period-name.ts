import type { FigurePeriod } from '../../schemas/figures';

/** A period as readers see it: "2023", or "2025 (Januari–Juni saja)" for part of a year. */
export function periodName(period: Pick<FigurePeriod, 'label' | 'partial'>): string {
  return period.partial ? `${period.label} (${period.partial} saja)` : period.label;
}
