import type { Status } from '../../schemas/document';

/** The least a function here needs to know about a version. */
export interface VersionLike {
  version: string;
  status: Status;
  effectiveDate?: string;
}

/**
 * Orders version labels numerically, segment by segment: "0.9" < "0.10" < "1" = "1.0".
 *
 * @example ['0.10', '0.9', '1.0'].sort(compareVersionLabels) // ['0.9', '0.10', '1.0']
 */
export function compareVersionLabels(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** The versions newest first, without changing the array given. */
export function newestFirst<V extends VersionLike>(versions: readonly V[]): V[] {
  return [...versions].sort((a, b) => compareVersionLabels(b.version, a.version));
}

/**
 * The version a reader gets at `/dokumen/<doc>/`: the newest in force (`berlaku`), else the newest draft.
 * With `today` (YYYY-MM-DD), a `berlaku` version whose effective date is still ahead is not in force yet: the
 * one before it stays current until then (and is announced as "akan berlaku"); when none took effect before, the
 * coming one is shown. A document whose every version was superseded or withdrawn falls back to its newest
 * version, so the page still exists and its banner can say what happened.
 */
export function currentVersion<V extends VersionLike>(versions: readonly V[], today?: string): V | undefined {
  const ordered = newestFirst(versions);
  const enacted = ordered.filter((v) => v.status === 'berlaku');
  const now = today ? enacted.find((v) => !v.effectiveDate || v.effectiveDate <= today) : undefined;
  return now ?? enacted[0] ?? ordered.find((v) => v.status === 'draf') ?? ordered[0];
}

/** A `berlaku` version whose effective date is after `today`: it is announced, not yet in force. */
export const isComing = (v: VersionLike, today: string): boolean => v.status === 'berlaku' && !!v.effectiveDate && v.effectiveDate > today;
