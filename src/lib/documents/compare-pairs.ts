/**
 * The comparisons built as pages: each version against the next, and each older version against the
 * current one — at most two per version, so the site grows linearly with versions. Any other pair is
 * compared in the browser from the versions' clause files. Labels oldest first.
 *
 * @example prebuiltPairs(['0.1', '0.2', '0.3'], '0.3') // [['0.1','0.2'], ['0.2','0.3'], ['0.1','0.3']]
 */
export function prebuiltPairs(oldestFirst: readonly string[], current: string): [string, string][] {
  const pairs: [string, string][] = [];
  const seen = new Set<string>();
  const add = (a: string, b: string) => {
    if (a === b || seen.has(`${a}...${b}`)) return;
    seen.add(`${a}...${b}`);
    pairs.push([a, b]);
  };
  oldestFirst.forEach((label, i) => {
    if (i > 0) add(oldestFirst[i - 1]!, label);
  });
  const currentIndex = oldestFirst.indexOf(current);
  oldestFirst.slice(0, Math.max(currentIndex, 0)).forEach((label) => add(label, current));
  return pairs;
}
