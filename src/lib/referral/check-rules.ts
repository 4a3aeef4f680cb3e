import type { ReferralRules } from '../../schemas/referral';

export interface RuleProblem {
  field: string;
  reason: string;
}

/**
 * What the schema cannot see in the referral rules: ids used twice, rules naming case types, flags or steps
 * that do not exist, steps naming unknown contacts, and steps no rule uses.
 */
export function referralRuleProblems(rules: ReferralRules, contacts: ReadonlySet<string>): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const ids = (list: { id: string }[], field: string) => {
    const seen = new Set<string>();
    for (const { id } of list) {
      if (seen.has(id)) problems.push({ field: `${field}.${id}`, reason: `id "${id}" dipakai lebih dari sekali` });
      seen.add(id);
    }
    return seen;
  };
  const caseTypes = ids(rules.caseTypes, 'caseTypes');
  const flags = ids(rules.flags, 'flags');
  const steps = ids(rules.steps, 'steps');
  const allRules = [...rules.urgent, ...rules.routes, ...rules.additions];
  ids(allRules, 'aturan');

  const used = new Set<string>();
  for (const rule of allRules) {
    const unknown = (what: string, known: ReadonlySet<string>, values: readonly string[] | undefined, field: string) => {
      for (const value of values ?? []) {
        if (!known.has(value)) problems.push({ field: `${rule.id}.${field}`, reason: `${what} "${value}" tidak ada (yang ada: ${[...known].join(', ')})` });
      }
    };
    unknown('jenis kasus', caseTypes, rule.when?.caseTypes, 'when.caseTypes');
    unknown('penanda', flags, rule.when?.flags, 'when.flags');
    unknown('penanda', flags, rule.when?.notFlags, 'when.notFlags');
    unknown('langkah', steps, rule.steps, 'steps');
    rule.steps.forEach((s) => used.add(s));
  }
  for (const step of rules.steps) {
    for (const id of [...step.contacts, ...(step.fallback ? [step.fallback] : [])]) {
      if (!contacts.has(id)) problems.push({ field: `${step.id}.contacts`, reason: `kontak "${id}" tidak ada di contacts.yaml` });
    }
    if (!used.has(step.id)) problems.push({ field: `${step.id}`, reason: 'langkah ini tidak dipakai aturan mana pun' });
  }
  return problems;
}
