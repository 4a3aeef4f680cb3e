import { describe, expect, it } from 'vitest';
import { loadRegions, regionCodes } from '../../src/site/regions';
import { rules, services } from '../unit/referral/load';

describe('the referral data the site ships', () => {
  it('has all 38 provinces and 514 regencies and cities, generated from idn-area-data', async () => {
    const provinces = await loadRegions();
    expect(provinces).toHaveLength(38);
    expect(provinces.flatMap((p) => p.regencies)).toHaveLength(514);
    expect(provinces.find((p) => p.code === '32')?.regencies.find((r) => r.code === '32.75')?.name).toBe('Kota Bekasi');
    expect(new Set(provinces.map((p) => p.slug)).size).toBe(38);
  });

  it('keys every regional service by a region code that exists', async () => {
    const codes = await regionCodes();
    expect(services.map((s) => s.region).filter((code) => !codes.has(code))).toEqual([]);
  });

  it('gives every regional service and each of its channels a named source and a date', () => {
    for (const s of services) {
      expect(s.source.title.length, s.id).toBeGreaterThan(3);
      expect(s.sourceDate, s.id).toMatch(/^\d{4}/);
      for (const c of s.channels) {
        expect(c.source.title.length, `${s.id} ${c.value}`).toBeGreaterThan(3);
        expect(c.sourceDate, `${s.id} ${c.value}`).toMatch(/^\d{4}/);
      }
    }
  });

  it('cites a clause of the referral guide on every step', () => {
    expect(rules.steps.filter((s) => !s.clause.startsWith('/dokumen/panduan-rujukan/#')).map((s) => s.id)).toEqual([]);
  });
});
