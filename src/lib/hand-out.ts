/**
 * A keyed store for work that several outputs of one build share: the first to ask makes the value, each of
 * the `uses` outputs gets the same value, and the store forgets it after the last, so nothing is made twice and
 * nothing is held longer than needed (a thousand rendered documents would otherwise stay in memory).
 *
 * @example
 * const texts = handOut<string>();
 * texts('sop/0.2', 2, render); // renders
 * texts('sop/0.2', 2, render); // the same text, not rendered again; then forgotten
 */
export function handOut<T>(): (key: string, uses: number, make: () => T) => T {
  const held = new Map<string, { value: T; left: number }>();
  return (key, uses, make) => {
    let entry = held.get(key);
    if (!entry) {
      entry = { value: make(), left: uses };
      held.set(key, entry);
    }
    entry.left -= 1;
    if (entry.left <= 0) held.delete(key);
    return entry.value;
  };
}
