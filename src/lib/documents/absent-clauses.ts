export interface VersionClauses {
  version: string;
  clauses: readonly { id: string; heading: string }[];
}

/** A clause that another version has and the shown version does not, and where to find it. */
export interface AbsentClause {
  id: string;
  /** Its heading where it last (or next) stands. */
  heading: string;
  /** The newest earlier version that has it. */
  lastIn?: string;
  /** The version that removed it: the one right after `lastIn`. */
  removedIn?: string;
  /** The oldest later version that has it. */
  nextIn?: string;
}

/**
 * Every clause of a document that the shown version lacks, so a link to it can land on a note that says
 * what happened ("removed in 0.3; last stood in 0.2") instead of on nothing. `versions` oldest first.
 */
export function absentClauses(versions: readonly VersionClauses[], shown: string): AbsentClause[] {
  const index = versions.findIndex((v) => v.version === shown);
  if (index < 0) return [];
  const present = new Set(versions[index]!.clauses.map((c) => c.id));
  const absent = new Map<string, AbsentClause>();
  for (let i = index - 1; i >= 0; i--) {
    for (const clause of versions[i]!.clauses) {
      if (present.has(clause.id) || absent.has(clause.id)) continue;
      absent.set(clause.id, { id: clause.id, heading: clause.heading, lastIn: versions[i]!.version, removedIn: versions[i + 1]!.version });
    }
  }
  for (let i = index + 1; i < versions.length; i++) {
    for (const clause of versions[i]!.clauses) {
      if (present.has(clause.id)) continue;
      const known = absent.get(clause.id);
      if (!known) absent.set(clause.id, { id: clause.id, heading: clause.heading, nextIn: versions[i]!.version });
      else if (!known.nextIn) known.nextIn = versions[i]!.version;
    }
  }
  return [...absent.values()];
}
