import type { FigureCategory, FigurePeriod, FiguresData } from '../../schemas/figures';

export interface FigureCell {
  value: number;
  /** Numbers of the sources in the list of sources (1-based, in file order). */
  sources: number[];
  /** Other values other sources give, each with its source numbers. */
  others: { value: number; sources: number[] }[];
}

export interface FigureRow {
  category: FigureCategory;
  /** 0 for the whole, 1 for its parts, 2 for parts of parts: how far the row is indented. */
  level: number;
  /** One cell per period, in the periods' order; undefined where no figure was published. */
  cells: (FigureCell | undefined)[];
}

export interface FigureTable {
  periods: FigurePeriod[];
  rows: FigureRow[];
}

/** The source list's number for each source id: its place in the file, from 1. */
export function sourceNumbers(data: Pick<FiguresData, 'sources'>): Map<string, number> {
  return new Map(data.sources.map((s, i) => [s.id, i + 1]));
}

/**
 * The figures as a table: a row per category in file order, a column per period, each cell with its value,
 * its sources by number, and any other value other sources give.
 */
export function figureTable(data: FiguresData): FigureTable {
  const numbers = sourceNumbers(data);
  const toNumbers = (ids: readonly string[]) => ids.map((id) => numbers.get(id)!).sort((a, b) => a - b);
  const wholeOf = new Map(data.categories.map((c) => [c.id, c.partOf ?? c.within]));
  const level = (id: string): number => {
    const whole = wholeOf.get(id);
    return whole ? 1 + level(whole) : 0;
  };
  const rows = data.categories.map((category) => ({
    category,
    level: level(category.id),
    cells: data.periods.map((period) => {
      const figure = data.figures.find((f) => f.period === period.id && f.category === category.id);
      if (!figure) return undefined;
      return {
        value: figure.value,
        sources: toNumbers(figure.sources),
        others: (figure.otherValues ?? []).map((o) => ({ value: o.value, sources: toNumbers(o.sources) })),
      };
    }),
  }));
  return { periods: data.periods, rows };
}
