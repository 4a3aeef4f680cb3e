/**
 * Whole years between a date of birth and a day, both YYYY-MM-DD, as a birthday is counted: a child born on
 * 29 February turns a year older on 1 March in other years.
 *
 * @example ageOn('2008-03-01', '2026-02-28') // 17
 */
export function ageOn(birth: string, day: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}
