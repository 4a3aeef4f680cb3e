import { FEW } from './first-few';

/**
 * The versions a version page's switcher names, so a page does not grow with the number of versions: all of them
 * while there are at most `limit`; beyond that, the current one, the one shown and those nearest to it, still
 * newest first (the history page lists every version). `labels` newest first.
 *
 * @example nearbyVersions(['1.9', … , '1.0'], '1.2', '1.9', 4) // ['1.9', '1.3', '1.2', '1.1']
 */
export function nearbyVersions(labels: readonly string[], shown: string, current: string, limit = FEW): string[] {
  if (labels.length <= limit) return [...labels];
  const at = labels.indexOf(shown);
  const kept = new Set([current, shown]);
  for (let step = 1; kept.size < limit && step < labels.length; step++) {
    for (const i of [at - step, at + step]) if (i >= 0 && i < labels.length && kept.size < limit) kept.add(labels[i]!);
  }
  return labels.filter((label) => kept.has(label));
}
