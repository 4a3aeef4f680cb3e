import { describe, expect, it } from 'vitest';
import { chartText, clusterRows, layoutBars, totalRows } from '../../../src/lib/figures/bar-chart';
import { figureTable } from '../../../src/lib/figures/table';
import { figuresData } from '../../../src/schemas/figures';

const data = figuresData.parse({
  sources: [{ id: 'x', title: 'Sumber X' }, { id: 'y', title: 'Sumber Y' }, { id: 'z', title: 'Sumber Z' }],
  categories: [
    { id: 'jumlah', label: 'Jumlah pengaduan' },
    { id: 'pha', label: 'Pemenuhan Hak Anak (PHA)', short: 'PHA', partOf: 'jumlah' },
    { id: 'keluarga', label: 'Lingkungan Keluarga', short: 'Keluarga', partOf: 'pha' },
    { id: 'pka', label: 'Perlindungan Khusus Anak (PKA)', short: 'PKA', partOf: 'jumlah' },
    { id: 'seksual', label: 'Kejahatan seksual', within: 'pka' },
  ],
  periods: [{ id: '2021', label: '2021' }, { id: '2022', label: '2022' }, { id: '2025-s1', label: '2025', partial: 'Januari–Juni' }],
  figures: [
    { period: '2021', category: 'pka', value: 2061, sources: ['x'] },
    { period: '2022', category: 'jumlah', value: 4683, sources: ['z', 'y'], otherValues: [{ value: 4638, sources: ['x'] }] },
    { period: '2022', category: 'keluarga', value: 1960, sources: ['y'] },
    { period: '2022', category: 'pka', value: 2133, sources: ['y'] },
    { period: '2025-s1', category: 'jumlah', value: 973, sources: ['z'] },
  ],
});

describe('totalRows and chartText: the yearly totals chart and what it says in words', () => {
  it('gives every period a line: the total, the other value where sources disagree, part-years named, and no bar where nothing was published', () => {
    const rows = totalRows(data);
    expect(rows).toEqual([
      { label: '2021: jumlahnya tidak diumumkan' },
      { label: '2022: 4.683 (sumber lain: 4.638)', value: 4683 },
      { label: '2025 (Januari–Juni saja): 973', value: 973, partial: true },
    ]);
    expect(chartText(rows)).toBe('2021: jumlahnya tidak diumumkan; 2022: 4.683 (sumber lain: 4.638); 2025 (Januari–Juni saja): 973.');
  });
});

describe('clusterRows: one group per cluster, the parts that complete the whole without being split themselves', () => {
  it('groups each cluster’s published years under its short name, leaving out PHA (split) and the PKA forms (only some of PKA)', () => {
    const rows = clusterRows(data);
    expect(rows.map((r) => (r.heading ? `# ${r.label}` : r.label))).toEqual(['# Keluarga', '2022: 1.960', '# PKA', '2021: 2.061', '2022: 2.133']);
    expect(chartText(rows)).toBe('Keluarga: 2022: 1.960. PKA: 2021: 2.061; 2022: 2.133.');
  });
});

describe('layoutBars', () => {
  it('draws the largest value across the full width and the rest in proportion, each bar under its label', () => {
    const chart = layoutBars(totalRows(data));
    expect(chart.rows.map((r) => r.width)).toEqual([undefined, 100, 20.78]);
    for (const row of chart.rows.filter((r) => r.width !== undefined)) expect(row.barY).toBeGreaterThan(row.textY);
    const tops = chart.rows.map((r) => r.textY);
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    expect(chart.height).toBeGreaterThan(chart.rows.at(-1)!.barY);
  });
});

describe('figureTable', () => {
  it('has a row per category, indented by depth, a cell per period, and source numbers in list order', () => {
    const table = figureTable(data);
    expect(table.rows.map((r) => `${r.level} ${r.category.id}`)).toEqual(['0 jumlah', '1 pha', '2 keluarga', '1 pka', '2 seksual']);
    expect(table.rows[0]!.cells).toEqual([undefined, { value: 4683, sources: [2, 3], others: [{ value: 4638, sources: [1] }] }, { value: 973, sources: [3], others: [] }]);
    expect(table.rows[1]!.cells).toEqual([undefined, undefined, undefined]);
  });
});
