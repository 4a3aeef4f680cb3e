import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { figuresData } from '../../src/schemas/figures';
import { indexFigures } from '../../src/lib/figures/values';

const data = figuresData.parse(parse(readFileSync(join(import.meta.dirname, '../../src/content/figures/complaints.yaml'), 'utf8')));
const index = indexFigures(data);
const notes = (period: string) => data.notes.filter((n) => n.period === period).map((n) => n.text).join(' ');

describe('the published figures the site shows', () => {
  it('are exactly those of the reference (domain-facts §2.3), year by year', () => {
    const shown = Object.fromEntries(data.periods.map((p) => [p.id, Object.fromEntries(data.figures.filter((f) => f.period === p.id).map((f) => [f.category, f.value]))]));
    expect(shown).toEqual({
      '2021': { pha: 1626, pka: 2061, 'kekerasan-fisik-psikis': 752, 'kejahatan-seksual': 493, 'pornografi-siber': 255 },
      '2022': { jumlah: 4683, 'hak-sipil': 41, keluarga: 1960, kesehatan: 120, pendidikan: 429, pka: 2133, 'kekerasan-fisik-psikis': 502, 'kejahatan-seksual': 834 },
      '2023': { jumlah: 3883, pha: 2036, 'hak-sipil': 33, keluarga: 1569, kesehatan: 86, pendidikan: 329, pka: 1866 },
      '2024': { jumlah: 2057, keluarga: 1097, pendidikan: 241, 'kekerasan-fisik-psikis': 240, 'kejahatan-seksual': 265, 'pornografi-siber': 40 },
      '2025-s1': { jumlah: 973 },
    });
    expect(data.figures.find((f) => f.period === '2022' && f.category === 'jumlah')?.otherValues).toEqual([{ value: 4638, sources: ['tribratanews-2022'] }]);
  });

  it('have notes whose arithmetic is right', () => {
    // 2021: PHA + PKA, said to be our own sum.
    expect(index.value('2021', 'pha')! + index.value('2021', 'pka')!).toBe(3687);
    expect(notes('2021')).toContain('3.687');
    // 2022: the five clusters add up to 4,683, not 4,638.
    expect(index.exact('2022', 'pha')).toBe(2550);
    expect(index.exact('2022', 'pha')! + index.value('2022', 'pka')!).toBe(4683);
    expect(notes('2022')).toContain('2.550');
    // 2023: PHA + PKA is 3,902; the four PHA clusters are 2,017; clusters + PKA is the announced 3,883.
    expect(index.value('2023', 'pha')! + index.value('2023', 'pka')!).toBe(3902);
    const clusters2023 = ['hak-sipil', 'keluarga', 'kesehatan', 'pendidikan'].map((c) => index.value('2023', c)!);
    expect(clusters2023.reduce((a, b) => a + b)).toBe(2017);
    expect(2017 + index.value('2023', 'pka')!).toBe(index.value('2023', 'jumlah'));
    for (const n of ['3.902', '2.017', '3.883']) expect(notes('2023')).toContain(n);
  });

  it('say that 1,569 is the most only among the PHA clusters, since PKA had more', () => {
    expect(index.value('2023', 'pka')).toBeGreaterThan(index.value('2023', 'keluarga')!);
    expect(notes('2023')).toMatch(/klaster PHA yang paling banyak/);
  });

  it('mark the part-year apart, and cite a dated source for it', () => {
    const half = data.periods.find((p) => p.id === '2025-s1');
    expect(half?.partial).toBe('Januari–Juni');
    expect(data.sources.find((s) => s.id === 'kpai-2025-07-24')?.date).toBe('2025-07-24');
  });
});

