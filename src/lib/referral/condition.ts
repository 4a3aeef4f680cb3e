import type { Age } from './ages';
import type { Condition } from '../../schemas/referral';
import type { RegionalKind } from '../../schemas/service';

/** What the person told the finder. */
export interface Situation {
  caseType: string;
  age: Age;
  flags: readonly string[];
}

/** Whether a rule's condition holds for this situation in a place with these kinds of service. */
export function holds(when: Condition | undefined, situation: Situation, kinds: ReadonlySet<RegionalKind>): boolean {
  if (!when) return true;
  if (when.caseTypes && !when.caseTypes.includes(situation.caseType)) return false;
  if (when.ages && !when.ages.includes(situation.age)) return false;
  if (when.flags && !when.flags.every((f) => situation.flags.includes(f))) return false;
  if (when.notFlags && when.notFlags.some((f) => situation.flags.includes(f))) return false;
  if (when.region?.has && !when.region.has.every((k) => kinds.has(k))) return false;
  if (when.region?.lacks && when.region.lacks.some((k) => kinds.has(k))) return false;
  return true;
}
