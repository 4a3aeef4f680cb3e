import type { FiguresData } from '../../schemas/figures';

/** The figures of one data file, looked up by period and category. */
export interface FigureIndex {
  /** The published value, if any. */
  value(period: string, category: string): number | undefined;
  /** The value, or else the sum of its complete parts (`partOf`) when every one of them is known. */
  exact(period: string, category: string): number | undefined;
  /** The least the count can be: the value, or else what its parts (`partOf` and `within`) add up to. */
  lowerBound(period: string, category: string): number;
  /** The categories that are complete parts of `category`, and those that are only some of it. */
  partsOf(category: string): { complete: string[]; some: string[] };
}

export function indexFigures(data: Pick<FiguresData, 'figures' | 'categories'>): FigureIndex {
  const values = new Map(data.figures.map((f) => [`${f.period}|${f.category}`, f.value]));
  const partsOf = (category: string) => ({
    complete: data.categories.filter((c) => c.partOf === category).map((c) => c.id),
    some: data.categories.filter((c) => c.within === category).map((c) => c.id),
  });
  const value = (period: string, category: string) => values.get(`${period}|${category}`);
  // Categories form a tree (the check refuses cycles first), so the recursion ends.
  const exact = (period: string, category: string): number | undefined => {
    const own = value(period, category);
    if (own !== undefined) return own;
    const { complete } = partsOf(category);
    if (complete.length === 0) return undefined;
    const parts = complete.map((c) => exact(period, c));
    return parts.every((p) => p !== undefined) ? sum(parts as number[]) : undefined;
  };
  const lowerBound = (period: string, category: string): number => {
    const own = value(period, category);
    if (own !== undefined) return own;
    const { complete, some } = partsOf(category);
    return sum([...complete, ...some].map((c) => lowerBound(period, c)));
  };
  return { value, exact, lowerBound, partsOf };
}

export const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
