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
  /** It was superseded, but no later version records when: when it stopped applying is not known. */
  untilUnknown?: boolean;
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
    const unknown = !ends[0] && version.status !== 'berlaku';
    return { version, from: version.effectiveDate!, ...(ends[0] ? { until: ends[0] } : {}), ...(unknown ? { untilUnknown: true } : {}) };
  });
}

export interface PointInTime<V> {
  /** The version that applied on the day, with its period; absent when none did. */
  inForce?: InForcePeriod<V>;
  /** The newest draft that existed on the day, for documents still in draft. */
  newestDraft?: V;
  /** The day is after `today`: the answer is what the recorded effective dates say will apply. */
  future?: boolean;
  /** No version of the document has an effective date: no version ever applied, on any day. */
  noDates?: boolean;
}

/**
 * Which version applied on a day (YYYY-MM-DD), as staff need for "the version in force when this complaint
 * came in".
 *
 * @example versionOn(versions, '2024-05-01').inForce?.version.version // '1.1'
 */
export function versionOn<V extends DatedVersion>(versions: readonly V[], day: string, today?: string): PointInTime<V> {
  const periods = inForcePeriods(versions);
  const inForce = periods.find((p) => p.from <= day && (!p.until || day < p.until));
  // A draft written after today does not exist yet: a future day has only the drafts there are now.
  const newestDraft = newestFirst(versions).find((v) => v.status === 'draf' && v.date <= day && (!today || v.date <= today));
  return {
    ...(inForce ? { inForce } : {}),
    ...(newestDraft ? { newestDraft } : {}),
    ...(today && day > today ? { future: true } : {}),
    ...(periods.length === 0 ? { noDates: true } : {}),
  };
}

/** A calendar day typed by a person or taken from a URL, or undefined when it is not one. */
export function parseDay(input: string | null | undefined): string | undefined {
  const value = input?.trim() ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? value : undefined;
}
