import { describe, expect, it } from 'vitest';
import { filterOptions } from '../../../src/lib/referral/filter-options';

const places = ['Kabupaten Bekasi', 'Kota Bekasi', 'Kabupaten Kotabaru', 'Kota Bandung', 'Kabupaten Bandung'].map((label, i) => ({ value: String(i), label }));
const labels = (typed: string) => filterOptions(places, typed).map((o) => o.label);

describe('filterOptions: what a searchable place field lists as the person types', () => {
  it('lists every option before anything is typed', () => {
    expect(labels('  ')).toHaveLength(5);
  });
  it('finds a name by any of its words, ignoring case', () => {
    expect(labels('BEKASI')).toEqual(['Kabupaten Bekasi', 'Kota Bekasi']);
  });
  it('needs every typed word, each matching part of a word', () => {
    expect(labels('kab bek')).toEqual(['Kabupaten Bekasi']);
    expect(labels('kota band')).toEqual(['Kota Bandung']);
  });
  it('puts names with a word starting as typed before names that only contain it', () => {
    expect(labels('baru')[0]).toBe('Kabupaten Kotabaru');
    expect(labels('kota').slice(0, 3)).toEqual(['Kota Bekasi', 'Kabupaten Kotabaru', 'Kota Bandung']);
  });
  it('finds nothing for a name that is not there', () => {
    expect(labels('atlantis')).toEqual([]);
  });
});
