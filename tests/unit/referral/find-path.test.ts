import { describe, expect, it } from 'vitest';
import { findPath } from '../../../src/lib/referral/find-path';
import type { Situation } from '../../../src/lib/referral/condition';
import { place, rules } from './load';

const child = (caseType: string, ...flags: string[]): Situation => ({ caseType, age: 'anak', flags });
const ids = (path: ReturnType<typeof findPath>) => path.steps.map((s) => s.step.id);

describe('findPath on named scenarios', () => {
  it('violence in Kota Bekasi: regional child service, police, KPAI supervising, then the city’s KPAD at its sourced address', async () => {
    const path = findPath(rules, child('kekerasan'), await place('32.75'));
    expect(path.route).toBe('kekerasan');
    expect(ids(path)).toEqual(['uptd-ppa', 'polisi-laporan', 'kpai-pengawasan', 'kpad']);
    // No UPTD PPA number is sourced for Kota Bekasi: the step says so by sending the reader to SAPA 129.
    const [uptd] = path.steps;
    expect(uptd?.regional).toEqual({ services: [], reachable: false });
    expect(uptd?.contacts).toEqual(['sapa-129']);
    const kpad = path.steps.at(-1);
    expect(kpad?.regional?.reachable).toBe(true);
    expect(kpad?.regional?.services.map((s) => s.id)).toEqual(['kpad-kota-bekasi']);
    expect(kpad?.contacts).toEqual([]);
  });

  it('a child with a disability: UPTD PPA still comes first, and the disability commission is added beside it', async () => {
    const path = findPath(rules, child('kekerasan', 'disabilitas'), await place('11.01'));
    expect(ids(path)).toEqual(['uptd-ppa', 'polisi-laporan', 'kpai-pengawasan', 'knd']);
    expect(path.steps.at(-1)?.contacts).toEqual(['komnas-disabilitas']);
  });

  it('a case stalled at the police: KPAI supervision first, with accompaniment and national coordination after', async () => {
    const path = findPath(rules, child('kekerasan', 'macet'), await place('35.78'));
    expect(path.route).toBe('macet');
    expect(ids(path)).toEqual(['kpai-pengawasan', 'uptd-ppa', 'sapa-129']);
  });

  it('maladministration at a school run by the regional government: the school first, KPAI, then the Ombudsman', async () => {
    const path = findPath(rules, child('layanan-dasar', 'layanan-publik'), await place('32.73'));
    expect(ids(path)).toEqual(['penyelenggara', 'kpai-pengaduan', 'ombudsman']);
    // Both the route and the public-service rule asked for the complaint to the school; it is listed once.
    expect(path.steps[0]?.rules).toEqual(['layanan-dasar', 'layanan-publik']);
  });

  it('an 18-year-old: says KPAI serves children, and sends an adult’s report to the police, with no KPAI or KPAD step', async () => {
    const path = findPath(rules, { caseType: 'kekerasan-seksual', age: 'dewasa', flags: [] }, await place('32.16'));
    expect(path.route).toBe('dewasa');
    expect(ids(path)).toEqual(['usia-dewasa', 'polisi-laporan']);
    const adultWoman = findPath(rules, { caseType: 'kekerasan-seksual', age: 'dewasa', flags: ['perempuan-dewasa'] }, await place('32.16'));
    expect(ids(adultWoman)).toEqual(['usia-dewasa', 'polisi-laporan', 'sapa-129', 'komnas-perempuan']);
  });

  it('an unknown age is read as a child', async () => {
    const path = findPath(rules, { caseType: 'kekerasan', age: 'tidak-tahu', flags: [] }, await place('32.75'));
    expect(path.route).toBe('kekerasan');
  });

  it('danger in Jakarta, where 112 answers, puts 112 first; elsewhere the police on 110', async () => {
    const jakarta = findPath(rules, child('kekerasan', 'bahaya'), await place('31.71'));
    expect(jakarta.steps[0]?.step.id).toBe('darurat-112');
    expect(jakarta.steps[0]?.contacts).toEqual(['darurat-112', 'polisi']);
    const garut = findPath(rules, child('kekerasan', 'bahaya'), await place('32.05'));
    expect(garut.steps[0]?.step.id).toBe('darurat-110');
    expect(garut.steps[0]?.contacts[0]).toBe('polisi');
  });

  it('Garut has a UPTD PPA with no sourced number: the step names it and adds SAPA 129 as the way in', async () => {
    const [uptd] = findPath(rules, child('kekerasan-seksual'), await place('32.05')).steps;
    expect(uptd?.regional?.services.map((s) => s.id)).toEqual(['uptd-ppa-kabupaten-garut']);
    expect(uptd?.regional?.reachable).toBe(false);
    expect(uptd?.contacts).toEqual(['sapa-129']);
  });

  it('where services still run as P2TP2A (Karawang; any regency of DIY), the path goes there instead of UPTD PPA', async () => {
    for (const code of ['32.15', '34.04', '34']) {
      const path = findPath(rules, child('penelantaran'), await place(code));
      expect(path.route, code).toBe('kekerasan-p2tp2a');
      expect(ids(path)[0], code).toBe('p2tp2a');
    }
  });

  it('with the regency unknown, only the province’s own services count', async () => {
    expect(ids(findPath(rules, child('kekerasan'), await place('32')))).not.toContain('kpad');
  });

  it('online content adds evidence-keeping and the police; a threatened witness adds LPSK; an official adds Komnas HAM', async () => {
    const path = findPath(rules, child('lainnya', 'daring', 'perlindungan-saksi', 'pejabat'), await place('51.71'));
    expect(ids(path)).toEqual(['sapa-129', 'kpai-pengaduan', 'bukti-daring', 'polisi-laporan', 'lpsk', 'komnas-ham']);
  });
});
