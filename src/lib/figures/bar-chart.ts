import type { FiguresData } from '../../schemas/figures';
import { periodName } from './period-name';
import { formatNumber } from '../format-number';

/** A line of a bar chart: a group heading, or a bar with its label (a row with no value draws no bar). */
export interface BarRow {
  label: string;
  value?: number;
  /** Part of a year only: drawn apart (outlined), and the label says which months. */
  partial?: boolean;
  heading?: boolean;
}

export interface DrawnRow extends BarRow {
  /** Baseline of the label, in em from the top. */
  textY: number;
  /** Top of the bar, in em from the top. */
  barY: number;
  /** Length of the bar as a percentage of the chart's width. */
  width?: number;
}

export interface DrawnChart {
  rows: DrawnRow[];
  /** Height of the whole chart, in em. */
  height: number;
}

const LINE = 1.2; // a label's line, in em
const BAR = 0.9; // a bar's thickness, in em
const GAP = 0.6; // space under each row, in em

/**
 * Lays out a horizontal bar chart with each label above its bar. Lengths along the bar are percentages and
 * heights are in em, so the chart fills any width (320 px too) and grows with the reader's text size. The
 * longest bar spans the full width; labels never share a line with bars, so they never collide.
 */
export function layoutBars(rows: readonly BarRow[]): DrawnChart {
  const max = Math.max(1, ...rows.map((r) => r.value ?? 0));
  let y = 0;
  const drawn = rows.map((row) => {
    const textY = y + LINE * 0.85;
    const hasBar = !row.heading && row.value !== undefined;
    const barY = y + LINE + 0.15;
    y += LINE + (hasBar ? BAR + 0.15 : 0) + GAP;
    return { ...row, textY: round(textY), barY: round(barY), ...(hasBar ? { width: round((row.value! / max) * 100) } : {}) };
  });
  return { rows: drawn, height: round(y) };
}

/** What a chart shows, in words: its text alternative, read by screen readers in place of the drawing. */
export function chartText(rows: readonly BarRow[]): string {
  return rows
    .map((row, i) => (row.heading ? `${i > 0 ? ' ' : ''}${row.label}:` : ` ${row.label}${endsSentence(rows, i) ? '.' : ';'}`))
    .join('')
    .trim();
}

function endsSentence(rows: readonly BarRow[], i: number): boolean {
  return i === rows.length - 1 || rows[i + 1]!.heading === true;
}

/** The root category: the whole that everything else is part of (the first without a whole). */
function rootOf(data: FiguresData) {
  return data.categories.find((c) => !c.partOf && !c.within)!;
}

/** One bar per period: the published total, with the other value where sources disagree, and part-years drawn apart. */
export function totalRows(data: FiguresData): BarRow[] {
  const root = rootOf(data);
  return data.periods.map((period) => {
    const figure = data.figures.find((f) => f.period === period.id && f.category === root.id);
    if (!figure) return { label: `${periodName(period)}: jumlahnya tidak diumumkan` };
    const others = (figure.otherValues ?? []).map((o) => formatNumber(o.value));
    const label = `${periodName(period)}: ${formatNumber(figure.value)}${others.length ? ` (sumber lain: ${others.join(', ')})` : ''}`;
    return { label, value: figure.value, ...(period.partial ? { partial: true } : {}) };
  });
}

/**
 * The clusters — the categories that complete the whole and are not themselves split into parts (the four PHA
 * clusters and PKA) — each a group of the periods that have a figure for it.
 */
export function clusterRows(data: FiguresData): BarRow[] {
  const splits = new Set(data.categories.flatMap((c) => (c.partOf ? [c.partOf] : [])));
  const clusters = data.categories.filter((c) => c.partOf && !splits.has(c.id));
  return clusters.flatMap((cluster) => {
    const bars = data.periods.flatMap((period) => {
      const figure = data.figures.find((f) => f.period === period.id && f.category === cluster.id);
      return figure ? [{ label: `${periodName(period)}: ${formatNumber(figure.value)}`, value: figure.value, ...(period.partial ? { partial: true } : {}) }] : [];
    });
    return bars.length ? [{ label: cluster.short ?? cluster.label, heading: true }, ...bars] : [];
  });
}

const round = (n: number) => Math.round(n * 100) / 100;
