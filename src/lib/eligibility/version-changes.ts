// What changed in the guideline since the version a result was assessed against, told in the tool's terms: which
// criteria are new, reworded or gone, and whether the rules for the verdict or the form changed. Built at build
// time from the comparison engine, so the browser receives only this short list.
import type { EligibilityData } from '../../schemas/eligibility';
import { clauseTitle } from '../documents/clause-id';
import type { ClauseChange, Comparison } from '../documents/compare';

export interface CriterionChange {
  /** The criterion, when the clause is one; absent for the other rules the result rests on. */
  criterion?: string;
  title: string;
  /** The clause's id in the guideline. */
  anchor: string;
  change: 'baru' | 'diubah' | 'dihapus';
}

const anchorOf = (href: string) => href.slice(href.indexOf('#') + 1);

/**
 * @param rules clause ids of the other provisions a result rests on (the verdict's and the forms'), in the order to list them
 * @example changesSince(data, compareClauses(oldClauses, currentClauses), ['penilaian-kriteria']) // [{ criterion: 'kapasitas', change: 'baru', … }]
 */
export function changesSince(data: EligibilityData, comparison: Comparison, rules: readonly string[]): CriterionChange[] {
  const byId = new Map(comparison.changes.map((c) => [c.id, c]));
  const change = (c: ClauseChange | undefined) => (c?.kind === 'added' ? 'baru' : c?.kind === 'changed' ? 'diubah' : undefined);
  const out: CriterionChange[] = [];
  for (const criterion of data.criteria) {
    const anchor = anchorOf(criterion.clause);
    const kind = change(byId.get(anchor));
    if (kind) out.push({ criterion: criterion.id, title: criterion.title, anchor, change: kind });
  }
  // A removed clause that sat where the criteria sit now was a criterion the current data no longer has.
  const criteriaParents = new Set(data.criteria.map((c) => byId.get(anchorOf(c.clause))?.after?.parent).filter(Boolean));
  for (const c of comparison.changes) {
    if (c.kind === 'removed' && criteriaParents.has(c.before!.parent)) out.push({ title: clauseTitle(c.before!.heading), anchor: c.id, change: 'dihapus' });
  }
  for (const anchor of rules) {
    const c = byId.get(anchor);
    const kind = change(c);
    if (kind) out.push({ title: clauseTitle(c!.after!.heading), anchor, change: kind });
  }
  return out;
}
