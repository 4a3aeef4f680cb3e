import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clausesOf } from '../../../src/lib/documents/clauses';
import { compareClauses } from '../../../src/lib/documents/compare';
import { changesSince } from '../../../src/lib/eligibility/version-changes';
import { data } from './data';

const fixture = (version: string) => clausesOf(readFileSync(join(import.meta.dirname, '../../fixtures/guideline-versions/pedoman-kemitraan', `${version}.mdx`), 'utf8'));

describe('what changed in the criteria since an older guideline', () => {
  it('names criteria added, reworded and removed, then the other rules a result rests on — not those only renumbered', () => {
    const changes = changesSince(data, compareClauses(fixture('0.1'), fixture('0.2')), ['penilaian-kriteria', 'memilih-bentuk-kemitraan']);
    expect(changes).toEqual([
      { criterion: 'legalitas', title: 'Legalitas', anchor: 'kriteria-legalitas', change: 'diubah' },
      { criterion: 'kapasitas', title: 'Kapasitas', anchor: 'kriteria-kapasitas', change: 'baru' },
      { title: 'Sertifikasi Lembaga', anchor: 'kriteria-sertifikasi', change: 'dihapus' },
      { title: 'Memilih Bentuk Kemitraan', anchor: 'memilih-bentuk-kemitraan', change: 'diubah' },
    ]);
  });

  it('finds nothing between a version and itself', () => {
    expect(changesSince(data, compareClauses(fixture('0.2'), fixture('0.2')), ['penilaian-kriteria'])).toEqual([]);
  });
});
