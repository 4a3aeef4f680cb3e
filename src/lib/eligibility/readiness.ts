import type { Readiness } from '../../schemas/eligibility';
import type { CriterionResult } from './assess';

/** How many criteria stand at each grade of readiness; `tidakDijawab` counts those a newer guideline added. */
export function readinessCounts(results: readonly CriterionResult[]): Record<Readiness, number> & { tidakDijawab: number } {
  const counts = { sudah: 0, disiapkan: 0, belum: 0, bantuan: 0, tidakDijawab: 0 };
  for (const r of results) counts[r.readiness ?? 'tidakDijawab']++;
  return counts;
}
