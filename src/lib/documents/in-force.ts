import { compareVersionLabels, newestFirst, type VersionLike } from './versions';

export interface DatedVersion extends VersionLike {
  date: string;
  effectiveDate?: string;
  withdrawnDate?: string;
}

export interface InForcePeriod<V> {
  version: V;
  from: string;
  /** The first day it no longer applied; absent while it still applies. */
  until?: string;
}

/**
 * When each version that ever took effect applied: from its effective date until the next one took effect,
 * or until it was withdrawn. Drafts never apply. Oldest first.
 */
export function inForcePeriods<V extends DatedVersion>(versions: readonly V[]): InForcePeriod<V>[] {
  const enacted = versions
    .filter((v) => v.status !== 'draf' && v.effectiveDate)
    .sort((a, b) => a.effectiveDate!.localeCompare(b.effectiveDate!) || compareVersionLabels(a.version, b.version));
  return enacted.map((version, i) => {
    const next = enacted[i + 1]?.effectiveDate;
    const ends = [next, version.withdrawnDate].filter((d): d is string => !!d).sort();
    return { version, from: version.effectiveDate!, ...(ends[0] ? { until: ends[0] } : {}) };
  });
}

export interface PointInTime<V> {
  /** The version that applied on the day, with its period; absent when none did. */
  inForce?: InForcePeriod<V>;
  /** The newest draft that existed on the day, for documents still in draft. */
  newestDraft?: V;
}

/**
 * Which version applied on a day (YYYY-MM-DD), as staff need for "the version in force when this complaint
 * came in".
 *
 * @example versionOn(versions, '2024-05-01').inForce?.version.version // '1.1'
 */
export function versionOn<V extends DatedVersion>(versions: readonly V[], day: string): PointInTime<V> {
  const inForce = inForcePeriods(versions).find((p) => p.from <= day && (!p.until || day < p.until));
  const newestDraft = newestFirst(versions).find((v) => v.status === 'draf' && v.date <= day);
  return { ...(inForce ? { inForce } : {}), ...(newestDraft ? { newestDraft } : {}) };
}

/** A calendar day typed by a person or taken from a URL, or undefined when it is not one. */
export function parseDay(input: string | null | undefined): string | undefined {
  const value = input?.trim() ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : undefined;
}
