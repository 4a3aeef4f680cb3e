/**
 * What a version says about a clause id the version before it had and it has not: where the clause went
 * (`movedTo`, a clause id of this version) or that it was removed, and why. Written in the version's frontmatter
 * as `formerClauses`; the content check requires one for every id that disappears.
 */
export interface FormerClause {
  id: string;
  movedTo?: string;
  removed?: string;
}

export interface ClauseIdsOfVersion {
  version: string;
  /** Every clause id of the version, with the heading it has there. */
  clauses: readonly { id: string; heading: string }[];
  formerClauses?: readonly FormerClause[];
}

export interface FormerClauseProblem {
  version: string;
  /** `formerClauses[i]` when a declaration is wrong; absent when one is missing. */
  index?: number;
  /** The field of that declaration the problem is in, when it is one field. */
  key?: 'id' | 'movedTo';
  id: string;
  reason: string;
}

/**
 * Every clause id that disappears from one version to the next without a word, and every declaration that says
 * something untrue: an id the previous version did not have, an id still present, a target that does not exist,
 * or both (or neither) of `movedTo` and `removed`. `versions` oldest first.
 *
 * @example formerClauseProblems([{ version: '0.1', clauses: [{ id: 'a', heading: 'A' }] }, { version: '0.2', clauses: [] }])
 * // [{ version: '0.2', id: 'a', reason: 'bagian {#a} ("A") ada di versi 0.1 tetapi tidak ada di versi ini: …' }]
 */
export function formerClauseProblems(versions: readonly ClauseIdsOfVersion[]): FormerClauseProblem[] {
  const problems: FormerClauseProblem[] = [];
  versions.forEach((current, i) => {
    const previous = versions[i - 1];
    const here = new Set(current.clauses.map((c) => c.id));
    const before = new Map((previous?.clauses ?? []).map((c) => [c.id, c.heading]));
    const declared = new Set<string>();
    (current.formerClauses ?? []).forEach((f, index) => {
      const add = (reason: string, key?: 'id' | 'movedTo') => problems.push({ version: current.version, index, id: f.id, reason, ...(key ? { key } : {}) });
      if (declared.has(f.id)) return add(`id "${f.id}" sudah dinyatakan di atas; tulis sekali saja`);
      declared.add(f.id);
      if (!previous) add(`ini versi pertama dokumen ini, jadi belum ada bagian yang hilang; hapus butir ini`);
      else if (!before.has(f.id)) add(`versi ${previous.version} tidak punya bagian {#${f.id}}; tulis id bagian yang ada di versi itu`, 'id');
      else if (here.has(f.id)) add(`bagian {#${f.id}} masih ada di versi ini; hapus butir ini`);
      if ((f.movedTo === undefined) === (f.removed === undefined)) {
        add('tulis salah satu: "movedTo" (id bagian baru di versi ini) atau "removed" (alasan bagian ini dihapus)');
      } else if (f.movedTo !== undefined && !here.has(f.movedTo)) {
        add(`bagian {#${f.movedTo}} tidak ada di versi ini (tulis id bagian tempat isinya sekarang)`, 'movedTo');
      }
    });
    if (!previous) return;
    for (const [id, heading] of before) {
      if (here.has(id) || declared.has(id)) continue;
      problems.push({
        version: current.version,
        id,
        reason: `bagian {#${id}} ("${heading}") ada di versi ${previous.version} tetapi tidak ada di versi ini: tulis di "formerClauses" ke mana bagian itu pindah ("- id: ${id}" lalu "movedTo: <id baru>") atau bahwa bagian itu dihapus beserta alasannya ("removed: <alasan>"), agar tautan lama tetap sampai`,
      });
    }
  });
  return problems;
}

/**
 * Where a clause id of an older version stands in the shown version, following every `movedTo` in between:
 * old id → id in `shown`. Only ids absent from the shown version that lead to a clause it has. `versions` oldest
 * first.
 */
export function movedIdsIn(versions: readonly ClauseIdsOfVersion[], shown: string): Map<string, string> {
  const index = versions.findIndex((v) => v.version === shown);
  const result = new Map<string, string>();
  if (index < 0) return result;
  const present = new Set(versions[index]!.clauses.map((c) => c.id));
  // Each id's latest name up to the shown version: a move in version k renames what came before it.
  const renamed = new Map<string, string>();
  for (let k = 1; k <= index; k++) {
    for (const f of versions[k]!.formerClauses ?? []) {
      if (f.movedTo === undefined) continue;
      for (const [old, now] of renamed) if (now === f.id) renamed.set(old, f.movedTo);
      renamed.set(f.id, f.movedTo);
    }
  }
  for (const [old, now] of renamed) if (!present.has(old) && present.has(now)) result.set(old, now);
  return result;
}
