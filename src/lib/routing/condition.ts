import type { Condition } from '../../schemas/routing';
import type { RegionalKind } from '../../schemas/vocabularies';
import type { Answers } from './answers';

interface Compiled {
  wanted: [question: string, answers: readonly string[]][];
  unwanted: [question: string, answers: readonly string[]][];
  has: readonly RegionalKind[];
  lacks: readonly RegionalKind[];
}

// A condition is read many times (every rule, for every path a finder draws): its parts are taken apart once.
const compiled = new WeakMap<Condition, Compiled>();

function compile(when: Condition): Compiled {
  let c = compiled.get(when);
  if (!c) {
    const { not, region, ...asked } = when;
    c = { wanted: Object.entries(asked), unwanted: Object.entries(not ?? {}), has: region?.has ?? [], lacks: region?.lacks ?? [] };
    compiled.set(when, c);
  }
  return c;
}

/**
 * Whether a rule's condition holds: for every question it names, one of the listed answers was given; none of
 * the answers under `not` was given; and the place has (or lacks) the kinds of service under `region`.
 * A question the person did not answer satisfies no condition on it.
 *
 * @example holds({ usia: ['anak', 'tidak-tahu'] }, { usia: ['tidak-tahu'] }, new Set()) // true
 */
export function holds(when: Condition, answers: Answers, kinds: ReadonlySet<RegionalKind>): boolean {
  const { wanted, unwanted, has, lacks } = compile(when);
  for (const [question, options] of wanted) {
    const given = answers[question];
    if (!given || !options.some((o) => given.includes(o))) return false;
  }
  for (const [question, options] of unwanted) {
    const given = answers[question];
    if (given && options.some((o) => given.includes(o))) return false;
  }
  for (const k of has) if (!kinds.has(k)) return false;
  for (const k of lacks) if (kinds.has(k)) return false;
  return true;
}
