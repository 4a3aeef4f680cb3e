import type { Condition, Verdict } from '../../schemas/eligibility-condition';

/** What a rule's `when` is checked against. `verdict` and `form` exist only once they have been worked out. */
export interface RuleContext {
  kind: string;
  plan: Readonly<Record<string, 'ya' | 'tidak'>>;
  verdict?: Verdict;
  form?: string;
}

/**
 * Whether a condition holds: every field given must hold, and a list means "any of".
 *
 * @example holds({ anyYes: ['kontak-anak', 'data-anak'] }, { kind: 'dunia-usaha', plan: { 'data-anak': 'ya' } }) // true
 */
export function holds(when: Condition, context: RuleContext): boolean {
  const yes = (id: string) => context.plan[id] === 'ya';
  return (
    (!when.kinds || when.kinds.includes(context.kind)) &&
    (!when.verdicts || (context.verdict !== undefined && when.verdicts.includes(context.verdict))) &&
    (!when.forms || (context.form !== undefined && when.forms.includes(context.form))) &&
    (!when.anyYes || when.anyYes.some(yes)) &&
    (!when.noneYes || !when.noneYes.some(yes))
  );
}
