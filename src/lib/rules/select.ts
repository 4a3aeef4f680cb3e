/**
 * The two ways a rule list is read. `firstMatch`: the first rule whose condition holds (the list's last rule
 * has none, so there always is one — see src/schemas/rule-list.ts). `allMatching`: every rule that holds, in
 * order ("always add" rules).
 *
 * @example firstMatch(routes, (when) => holds(when, situation)) // the route for this situation
 */
export function firstMatch<R extends { when?: unknown }>(rules: readonly R[], holds: (when: NonNullable<R['when']>) => boolean): R {
  const found = rules.find((rule) => rule.when === undefined || holds(rule.when as NonNullable<R['when']>));
  // The schema makes the last rule unconditional; a list without one is a bug in the data check, not input.
  if (!found) throw new Error('daftar aturan tanpa aturan bawaan');
  return found;
}

export function allMatching<R extends { when?: unknown }>(rules: readonly R[], holds: (when: NonNullable<R['when']>) => boolean): R[] {
  return rules.filter((rule) => rule.when === undefined || holds(rule.when as NonNullable<R['when']>));
}
