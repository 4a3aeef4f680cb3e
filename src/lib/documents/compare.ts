import { diffWordsWithSpace } from 'diff';
import { clauseTitle } from './clause-id';
import type { Clause } from './clauses';

/** A run of words in a word-level comparison; `change` is absent where both versions agree. */
export interface WordPart {
  text: string;
  change?: 'added' | 'removed';
}

export interface ClauseChange {
  id: string;
  /** What happened to the clause's words: it is new, gone, reworded, or the same. */
  kind: 'added' | 'removed' | 'changed' | 'unchanged';
  before?: Clause;
  after?: Clause;
  /** It now sits under another part, or out of its former order among the clauses both versions share. */
  moved: boolean;
  /** Its number changed ("Pasal 9" → "Pasal 13"). */
  renumbered: boolean;
  /** Word-level changes of the heading (without its number) and of the text, when `kind` is `changed`. */
  headingDiff?: WordPart[];
  textDiff?: WordPart[];
}

export interface Comparison {
  /** In the newer version's order, each removed clause placed where it stood. */
  changes: ClauseChange[];
  summary: { added: number; removed: number; changed: number; moved: number; renumbered: number; unchanged: number };
}

/** True when a change is worth showing with "only changes" on. */
export const isChange = (c: ClauseChange): boolean => c.kind !== 'unchanged' || c.moved || c.renumbered;

/**
 * Compares two versions clause by clause. Clauses are the same clause when they share an id, whatever their
 * number or place, so a clause that moved is shown as moved — never as removed and added.
 *
 * @example compareClauses(clausesOf(v1), clausesOf(v2)).summary // { added: 3, removed: 1, changed: 5, … }
 */
export function compareClauses(before: readonly Clause[], after: readonly Clause[]): Comparison {
  const beforeById = new Map(before.map((c) => [c.id, c]));
  const afterIds = new Set(after.map((c) => c.id));
  const shared = after.filter((c) => beforeById.has(c.id)).map((c) => c.id);
  const inOrder = longestCommonSubsequence(
    before.filter((c) => afterIds.has(c.id)).map((c) => c.id),
    shared,
  );

  const changeOf = (clause: Clause): ClauseChange => {
    const old = beforeById.get(clause.id);
    if (!old) return { id: clause.id, kind: 'added', after: clause, moved: false, renumbered: false };
    const oldTitle = clauseTitle(old.heading);
    const newTitle = clauseTitle(clause.heading);
    const reworded = oldTitle !== newTitle || old.text !== clause.text;
    return {
      id: clause.id,
      kind: reworded ? 'changed' : 'unchanged',
      before: old,
      after: clause,
      moved: old.parent !== clause.parent || !inOrder.has(clause.id),
      renumbered: old.number !== clause.number,
      ...(reworded ? { headingDiff: wordDiff(oldTitle, newTitle), textDiff: wordDiff(old.text, clause.text) } : {}),
    };
  };

  // Removed clauses keep their place: after the shared clause that preceded them in the older version.
  const removedAfter = new Map<string | undefined, ClauseChange[]>();
  let anchor: string | undefined;
  for (const clause of before) {
    if (afterIds.has(clause.id)) {
      anchor = clause.id;
      continue;
    }
    const list = removedAfter.get(anchor) ?? [];
    list.push({ id: clause.id, kind: 'removed', before: clause, moved: false, renumbered: false });
    removedAfter.set(anchor, list);
  }

  const changes: ClauseChange[] = [...(removedAfter.get(undefined) ?? [])];
  for (const clause of after) {
    changes.push(changeOf(clause));
    changes.push(...(removedAfter.get(clause.id) ?? []));
  }

  const count = (test: (c: ClauseChange) => boolean) => changes.filter(test).length;
  return {
    changes,
    summary: {
      added: count((c) => c.kind === 'added'),
      removed: count((c) => c.kind === 'removed'),
      changed: count((c) => c.kind === 'changed'),
      moved: count((c) => c.moved),
      renumbered: count((c) => c.renumbered),
      unchanged: count((c) => !isChange(c)),
    },
  };
}

/**
 * Word-level changes between two texts. The same pair is compared by a clause's history and by the comparison
 * of the two versions (and again for each document that cites it), and a long clause costs milliseconds, so
 * results are kept by their texts; the parts are frozen, since every caller shares them.
 */
function wordDiff(a: string, b: string): WordPart[] {
  const key = `${a}\u0000${b}`;
  let parts = diffs.get(key);
  if (!parts) {
    if (diffs.size >= DIFFS_KEPT) diffs.clear();
    parts = Object.freeze(
      diffWordsWithSpace(a, b).map((part) =>
        Object.freeze({ text: part.value, ...(part.added ? { change: 'added' as const } : part.removed ? { change: 'removed' as const } : {}) }),
      ),
    ) as WordPart[];
    diffs.set(key, parts);
  }
  return parts;
}
const diffs = new Map<string, WordPart[]>();
/** Enough for every changed clause of a thousand-document site's versions; beyond it the cache starts again. */
const DIFFS_KEPT = 20_000;

/** The ids that keep their relative order between the two lists. */
function longestCommonSubsequence(a: readonly string[], b: readonly string[]): Set<string> {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] = a[i] === b[j] ? table[(i + 1) * cols + j + 1]! + 1 : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!);
    }
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      kept.add(a[i]!);
      i++;
      j++;
    } else if (table[(i + 1) * cols + j]! >= table[i * cols + j + 1]!) i++;
    else j++;
  }
  return kept;
}
