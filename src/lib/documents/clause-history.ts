import type { Status } from '../../schemas/document';
import type { Clause } from './clauses';
import { compareClauses, type ClauseChange } from './compare';
import type { FormerClause } from './former-clauses';

/** One version as the history of its clauses needs it. */
export interface HistoryVersion {
  version: string;
  status: Status;
  date: string;
  effectiveDate?: string;
  withdrawnDate?: string;
  clauses: readonly Clause[];
  formerClauses?: readonly FormerClause[];
}

/** What happened to a clause in one version. A version can do several things at once (reword and renumber). */
export type ClauseEventKind = 'added' | 'restored' | 'changed' | 'moved' | 'renumbered' | 'renamed' | 'removed';

export interface ClauseEvent {
  version: string;
  kinds: ClauseEventKind[];
  /** The comparison with the version before: the words that changed, or the text as it first appeared. */
  change: ClauseChange;
  /** The id it had before, when this version gave it another (`movedTo`). */
  formerId?: string;
  /** Why it was removed, as the version says. */
  reason?: string;
  /** It was folded into another clause of this version (`movedTo` a clause that was already there). */
  mergedInto?: string;
}

export interface ClauseHistory {
  /** The id it has in the last version that has it: the address of its history page. */
  id: string;
  /** Every id it has had, oldest first. */
  ids: string[];
  /** Its heading where it last stood. */
  heading: string;
  /** Versions that have it, oldest first. */
  presentIn: string[];
  /** Oldest first; the first is always its first appearance. */
  events: ClauseEvent[];
}

/** What makes a history worth a page: words changed, a change of id, removal or return. Renumbering alone does not. */
const WORTH_A_PAGE: readonly ClauseEventKind[] = ['changed', 'renamed', 'removed', 'restored'];

/**
 * A history worth a page of its own: the clause's words, id or presence changed after it first appeared. A clause
 * that was only renumbered or reordered (as most are when a new Pasal is inserted) reads the same in every version
 * since it appeared, so its citation menu points to that version instead — which keeps the number of pages to the
 * clauses that really changed, not every clause of a growing document.
 */
export const hasChanged = (history: ClauseHistory): boolean => history.events.some((e) => e.kinds.some((k) => WORTH_A_PAGE.includes(k)));

/**
 * The history of every clause of a document across its versions (oldest first): in which version each clause
 * appeared, was reworded, moved, renumbered, given another id, removed or restored, with the word-level changes
 * from the comparison engine. A clause is followed by its id, and across a change of id by the version's
 * `movedTo`, so renumbering and renaming never start a new history.
 */
export function clauseHistories(versions: readonly HistoryVersion[]): ClauseHistory[] {
  const histories: ClauseHistory[] = [];
  /** The history each id of the previous version belongs to. */
  let owner = new Map<string, ClauseHistory>();
  /** Histories of clauses removed earlier, by their last id, in case one comes back. */
  const gone = new Map<string, ClauseHistory>();
  let previous: readonly Clause[] = [];
  for (const version of versions) {
    const moves = new Map((version.formerClauses ?? []).filter((f) => f.movedTo).map((f) => [f.id, f.movedTo!]));
    const removedWhy = new Map((version.formerClauses ?? []).filter((f) => f.removed).map((f) => [f.id, f.removed!]));
    // A clause renamed into an id that is new here is the same clause; into one that was already there, merged.
    const renamedBefore = previous.map((c) => {
      const to = moves.get(c.id);
      return to && !previous.some((p) => p.id === to) ? { ...c, id: to } : c;
    });
    const formerIdOf = new Map(previous.flatMap((c, i) => (renamedBefore[i]!.id !== c.id ? [[renamedBefore[i]!.id, c.id] as const] : [])));
    const next = new Map<string, ClauseHistory>();
    for (const change of compareClauses(renamedBefore, version.clauses).changes) {
      const formerId = formerIdOf.get(change.id);
      if (change.kind === 'removed') {
        const history = owner.get(change.id)!;
        const mergedInto = moves.get(change.id);
        history.events.push({ version: version.version, kinds: ['removed'], change, ...(mergedInto ? { mergedInto } : {}), ...(removedWhy.has(change.id) ? { reason: removedWhy.get(change.id) } : {}) });
        gone.set(change.id, history);
        continue;
      }
      const clause = change.after!;
      let history = change.kind === 'added' ? undefined : owner.get(formerId ?? change.id);
      const kinds: ClauseEventKind[] = [];
      if (!history) {
        history = gone.get(clause.id);
        if (history) {
          gone.delete(clause.id);
          kinds.push('restored');
        } else {
          history = { id: clause.id, ids: [clause.id], heading: clause.heading, presentIn: [], events: [] };
          histories.push(history);
          kinds.push('added');
        }
      } else {
        if (change.kind === 'changed') kinds.push('changed');
        if (change.moved) kinds.push('moved');
        if (change.renumbered) kinds.push('renumbered');
        if (formerId) kinds.push('renamed');
      }
      if (!history.ids.includes(clause.id)) history.ids.push(clause.id);
      history.id = clause.id;
      history.heading = clause.heading;
      history.presentIn.push(version.version);
      if (kinds.length > 0) {
        history.events.push({ version: version.version, kinds, change, ...(formerId ? { formerId } : {}) });
      }
      next.set(clause.id, history);
    }
    owner = next;
    previous = version.clauses;
  }
  return histories;
}
