import type { Condition } from '../../schemas/routing';
import type { RegionalKind } from '../../schemas/vocabularies';
import type { Answers } from './answers';

/**
 * Whether a rule's condition holds: for every question it names, one of the listed answers was given; none of
 * the answers under `not` was given; and the place has (or lacks) the kinds of service under `region`.
 * A question the person did not answer satisfies no condition on it.
 *
 * @example holds({ usia: ['anak', 'tidak-tahu'] }, { usia: ['tidak-tahu'] }, new Set()) // true
 */
export function holds(when: Condition, answers: Answers, kinds: ReadonlySet<RegionalKind>): boolean {
  const { not, region, ...asked } = when;
  for (const [question, wanted] of Object.entries(asked)) {
    const given = answers[question] ?? [];
    if (!wanted.some((w) => given.includes(w))) return false;
  }
  for (const [question, unwanted] of Object.entries(not ?? {})) {
    const given = answers[question] ?? [];
    if (unwanted.some((u) => given.includes(u))) return false;
  }
  if (region?.has && !region.has.every((k) => kinds.has(k))) return false;
  if (region?.lacks && region.lacks.some((k) => kinds.has(k))) return false;
  return true;
}
