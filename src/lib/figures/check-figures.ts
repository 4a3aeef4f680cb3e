import type { FiguresData } from '../../schemas/figures';
import { formatNumber } from '../format-number';
import { indexFigures, sum } from './values';

export interface FigureProblem {
  field: string;
  reason: string;
}

/**
 * What the schema cannot see in the figures file: references to periods, categories and sources that do not
 * exist, a count given twice, a source no figure uses, a category that is part of itself — and every place
 * where sources disagree or parts do not add up to their whole without a note saying so, because an
 * unexplained mismatch is exactly what makes a reader distrust the page.
 */
export function figureProblems(data: FiguresData): FigureProblem[] {
  const problems: FigureProblem[] = [];
  const periods = new Set(data.periods.map((p) => p.id));
  const categories = new Set(data.categories.map((c) => c.id));
  const sources = new Set(data.sources.map((s) => s.id));
  const list = (set: Set<string>) => [...set].join(', ');

  for (const [kind, ids] of [['sources', data.sources], ['categories', data.categories], ['periods', data.periods]] as const) {
    const seen = new Set<string>();
    ids.forEach(({ id }, i) => {
      if (seen.has(id)) problems.push({ field: `${kind}[${i}].id`, reason: `id "${id}" dipakai lebih dari sekali` });
      seen.add(id);
    });
  }
  data.categories.forEach((c, i) => {
    for (const key of ['partOf', 'within'] as const) {
      const whole = c[key];
      if (whole && !categories.has(whole)) problems.push({ field: `categories[${i}].${key}`, reason: `kategori "${whole}" tidak ada (yang ada: ${list(categories)})` });
    }
    if (isInOwnWhole(c.id, data.categories)) problems.push({ field: `categories[${i}]`, reason: `rantai "partOf"/"within" dari kategori "${c.id}" berputar kembali; setiap kategori harus menjadi bagian dari kategori yang lebih besar` });
  });
  if (problems.length > 0) return problems;

  const used = new Set<string>();
  const counted = new Map<string, number>();
  data.figures.forEach((f, i) => {
    const at = `figures[${i}]`;
    if (!periods.has(f.period)) problems.push({ field: `${at}.period`, reason: `periode "${f.period}" tidak ada (yang ada: ${list(periods)})` });
    if (!categories.has(f.category)) problems.push({ field: `${at}.category`, reason: `kategori "${f.category}" tidak ada (yang ada: ${list(categories)})` });
    const cited = [...f.sources, ...(f.otherValues ?? []).flatMap((o) => o.sources)];
    for (const s of cited) {
      used.add(s);
      if (!sources.has(s)) problems.push({ field: `${at}.sources`, reason: `sumber "${s}" tidak ada di daftar sources` });
    }
    const key = `${f.period}|${f.category}`;
    const earlier = counted.get(key);
    if (earlier !== undefined) {
      problems.push({ field: at, reason: `angka ${f.period} untuk "${f.category}" sudah ada di figures[${earlier}]; angka lain dari sumber lain ditulis di "otherValues"` });
    }
    counted.set(key, i);
  });
  const checkRefs = (at: string, period: string | undefined, cited: readonly string[]) => {
    if (period !== undefined && !periods.has(period)) problems.push({ field: `${at}.period`, reason: `periode "${period}" tidak ada (yang ada: ${list(periods)})` });
    for (const s of cited) {
      used.add(s);
      if (!sources.has(s)) problems.push({ field: `${at}.sources`, reason: `sumber "${s}" tidak ada di daftar sources` });
    }
  };
  data.notes.forEach((n, i) => {
    checkRefs(`notes[${i}]`, n.period, []);
    for (const c of n.about) if (!categories.has(c)) problems.push({ field: `notes[${i}].about`, reason: `kategori "${c}" tidak ada (yang ada: ${list(categories)})` });
  });
  data.otherFigures.forEach((o, i) => checkRefs(`otherFigures[${i}]`, o.period, o.sources));
  // Sums are only checked over figures whose periods and categories exist, each counted once.
  const sums = problems.length > 0 ? [] : unexplained(data);
  data.sources.forEach((s, i) => {
    if (!used.has(s.id)) problems.push({ field: `sources[${i}]`, reason: `sumber "${s.id}" tidak dipakai angka mana pun; hapus, atau sebutkan di angka yang memuatnya` });
  });
  return [...problems, ...sums];
}

/** Every disagreement and every whole that its parts contradict, without a note about it. */
function unexplained(data: FiguresData): FigureProblem[] {
  const index = indexFigures(data);
  const labels = new Map(data.categories.map((c) => [c.id, c.label]));
  const noted = (period: string, category: string) => data.notes.some((n) => n.period === period && n.about.includes(category));
  const ask = (period: string, category: string) => `tulis catatan di "notes" dengan period "${period}" dan about yang memuat "${category}", yang menjelaskannya kepada pembaca`;
  const problems: FigureProblem[] = [];
  data.figures.forEach((f, i) => {
    if (noted(f.period, f.category)) return;
    const name = `angka ${f.period} untuk "${labels.get(f.category)}" (${formatNumber(f.value)})`;
    if (f.otherValues?.length) {
      problems.push({ field: `figures[${i}].otherValues`, reason: `${name} berbeda dengan sumber lain (${f.otherValues.map((o) => formatNumber(o.value)).join(', ')}): ${ask(f.period, f.category)}` });
      return;
    }
    const { complete, some } = index.partsOf(f.category);
    const exactParts = complete.map((c) => index.exact(f.period, c));
    if (complete.length > 0 && exactParts.every((p) => p !== undefined)) {
      const total = sum(exactParts as number[]);
      if (total !== f.value) problems.push({ field: `figures[${i}]`, reason: `${name} tidak sama dengan jumlah bagiannya (${formatNumber(total)}): ${ask(f.period, f.category)}` });
      return;
    }
    const least = sum([...complete, ...some].map((c) => index.lowerBound(f.period, c)));
    if (least > f.value) problems.push({ field: `figures[${i}]`, reason: `${name} lebih kecil daripada jumlah bagian yang diketahui (${formatNumber(least)}): ${ask(f.period, f.category)}` });
  });
  return problems;
}

function isInOwnWhole(id: string, categories: FiguresData['categories']): boolean {
  const wholeOf = new Map(categories.map((c) => [c.id, c.partOf ?? c.within]));
  const seen = new Set<string>();
  for (let at = wholeOf.get(id); at; at = wholeOf.get(at)) {
    if (at === id || seen.has(at)) return true;
    seen.add(at);
  }
  return false;
}
