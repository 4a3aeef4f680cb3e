import type { RuleName } from './rule-names';
import { ageOn } from './age';
import { decide } from './decide';
import type { Flag } from './flags';

export interface RuleInput {
  /** Answers on the path so far, by question id. */
  answers: Readonly<Record<string, string | readonly string[]>>;
  flags: ReadonlySet<Flag>;
  /** Today, YYYY-MM-DD: the day ages are counted on. */
  today: string;
}

/** Rules the flow names in `next: { rule, to }`. Each returns one of the node ids listed in its `to`. */
export const rules: Record<RuleName, (input: RuleInput) => string> = {
  /** From a date of birth: a person of 18 or more is not a child (UU 35/2014 Pasal 1 angka 1). */
  umur: ({ answers, today }) => (ageOn(String(answers['tanggal-lahir']), today) >= 18 ? 'dewasa' : 'apa-terjadi'),
  /** After the steps already taken: ask whether handling stalled, or decide. */
  hasil: ({ answers, flags }) => (flags.has('sudah-ditangani') && answers.macet === undefined ? 'macet' : decide(flags).outcome),
};
