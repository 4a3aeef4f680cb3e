import { describe, expect, it } from 'vitest';
import { figureProblems } from '../../../src/lib/figures/check-figures';
import { figuresData, type FiguresData } from '../../../src/schemas/figures';

// A small, valid file: a whole of two complete parts, one of which has a subset.
const base = (): FiguresData =>
  figuresData.parse({
    sources: [{ id: 'a', title: 'Sumber A', date: '2024-01-22' }, { id: 'b', title: 'Sumber B' }],
    categories: [
      { id: 'jumlah', label: 'Jumlah' },
      { id: 'pha', label: 'PHA', partOf: 'jumlah' },
      { id: 'pka', label: 'PKA', partOf: 'jumlah' },
      { id: 'seksual', label: 'Kejahatan seksual', within: 'pka' },
    ],
    periods: [{ id: '2023', label: '2023' }],
    figures: [
      { period: '2023', category: 'jumlah', value: 100, sources: ['a'] },
      { period: '2023', category: 'pha', value: 60, sources: ['a'] },
      { period: '2023', category: 'pka', value: 40, sources: ['b'] },
      { period: '2023', category: 'seksual', value: 10, sources: ['b'] },
    ],
  });

const problems = (change: (d: FiguresData) => void) => {
  const data = base();
  change(data);
  return figureProblems(data).map((p) => `${p.field}: ${p.reason}`);
};

describe('figureProblems', () => {
  it('accepts figures that add up', () => {
    expect(figureProblems(base())).toEqual([]);
  });

  it('refuses a whole its parts do not add up to, until a note about it explains', () => {
    expect(problems((d) => (d.figures[1]!.value = 61))).toEqual([
      'figures[0]: angka 2023 untuk "Jumlah" (100) tidak sama dengan jumlah bagiannya (101): tulis catatan di "notes" dengan period "2023" dan about yang memuat "jumlah", yang menjelaskannya kepada pembaca',
    ]);
    expect(
      problems((d) => {
        d.figures[1]!.value = 61;
        d.notes.push({ period: '2023', about: ['jumlah'], text: 'PHA dan PKA berjumlah 101, bukan 100.' });
      }),
    ).toEqual([]);
  });

  it('counts a missing part as the sum of its own parts when they are all known', () => {
    expect(
      problems((d) => {
        d.categories.push({ id: 'keluarga', label: 'Keluarga', partOf: 'pha' }, { id: 'sipil', label: 'Sipil', partOf: 'pha' });
        d.figures.splice(1, 1);
        d.figures.push({ period: '2023', category: 'keluarga', value: 50, sources: ['a'] }, { period: '2023', category: 'sipil', value: 9, sources: ['a'] });
      }),
    ).toEqual([expect.stringContaining('tidak sama dengan jumlah bagiannya (99)')]);
  });

  it('refuses a whole smaller than the parts that are known, even when some are missing', () => {
    expect(problems((d) => (d.figures[3]!.value = 41))).toEqual([
      expect.stringMatching(/^figures\[2\]: angka 2023 untuk "PKA" \(40\) lebih kecil daripada jumlah bagian yang diketahui \(41\)/),
    ]);
  });

  it('refuses sources that disagree without a note', () => {
    expect(problems((d) => (d.figures[0]!.otherValues = [{ value: 98, sources: ['b'] }]))).toEqual([
      expect.stringMatching(/^figures\[0\]\.otherValues: angka 2023 untuk "Jumlah" \(100\) berbeda dengan sumber lain \(98\)/),
    ]);
  });

  it('names references to nothing, a count given twice, and a source nothing cites', () => {
    expect(
      problems((d) => {
        d.figures[3]!.sources = ['c'];
        d.figures.push({ period: '2024', category: 'pha', value: 1, sources: ['a'] }, { period: '2023', category: 'pka', value: 40, sources: ['a'] });
      }),
    ).toEqual([
      'figures[3].sources: sumber "c" tidak ada di daftar sources',
      'figures[4].period: periode "2024" tidak ada (yang ada: 2023)',
      'figures[5]: angka 2023 untuk "pka" sudah ada di figures[2]; angka lain dari sumber lain ditulis di "otherValues"',
    ]);
    expect(problems((d) => (d.figures[2]!.sources = ['a']))).toEqual([]);
    expect(problems((d) => d.sources.push({ id: 'c', title: 'Sumber C' }))).toEqual([
      'sources[2]: sumber "c" tidak dipakai angka mana pun; hapus, atau sebutkan di angka yang memuatnya',
    ]);
  });

  it('refuses a category that is, through its wholes, part of itself', () => {
    expect(problems((d) => (d.categories[0]!.partOf = 'pha'))).toEqual([
      expect.stringMatching(/^categories\[0\]: rantai "partOf"\/"within"/),
      expect.stringMatching(/^categories\[1\]: rantai/),
      expect.stringMatching(/^categories\[2\]: rantai/),
      expect.stringMatching(/^categories\[3\]: rantai/),
    ]);
  });
});

describe('the figures schema', () => {
  it('says how to write a number when it was written with a thousands point, as Indonesian text does', async () => {
    const { issuesToErrors } = await import('../../../src/lib/content/errors');
    const data = { ...base(), figures: [{ period: '2023', category: 'jumlah', value: 3.883, sources: ['a'] }] };
    const parsed = figuresData.safeParse(data);
    expect(parsed.success).toBe(false);
    expect(issuesToErrors('figures/complaints.yaml', data, parsed.error!.issues)).toEqual([
      { file: 'figures/complaints.yaml', field: 'figures[0].value', reason: 'harus bilangan bulat; tulis tanpa titik ribuan (contoh: 3883, bukan 3.883) (tertulis: 3.883)' },
    ]);
  });
});
