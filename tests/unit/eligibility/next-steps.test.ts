import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/lib/eligibility/assess';
import { nextSteps } from '../../../src/lib/eligibility/next-steps';
import { safeguardingReadiness } from '../../../src/lib/eligibility/safeguarding';
import { answersFor, data } from './data';

describe('the readiness plan', () => {
  it('lists what blocks the partnership first, then commitments, then recommendations, in the guideline order within each', () => {
    const answers = answersFor('lembaga-masyarakat', { kapasitas: 'bantuan', 'kebijakan-perlindungan-anak': 'komitmen', 'jangka-waktu': 'disiapkan', legalitas: 'belum' });
    const steps = nextSteps(data, assess(data, answers), answers.kind);
    expect(steps.map((s) => [s.criterion.id, s.priority])).toEqual([
      ['legalitas', 'menghalangi'],
      ['jangka-waktu', 'menghalangi'],
      ['kebijakan-perlindungan-anak', 'komitmen'],
      ['kapasitas', 'dianjurkan'],
    ]);
  });

  it('points "perlu bantuan" at what the guideline says KPAI or other partners offer, or says it offers nothing', () => {
    const answers = answersFor('dunia-usaha', { 'kebijakan-perlindungan-anak': 'bantuan', 'rekam-jejak': 'bantuan', kapasitas: 'disiapkan' });
    const steps = nextSteps(data, assess(data, answers), answers.kind);
    const policy = steps.find((s) => s.criterion.id === 'kebijakan-perlindungan-anak')!;
    expect(policy.help).toMatchObject({ clause: '/dokumen/pedoman-kemitraan/#tanggung-jawab-kpai' });
    expect(policy.help?.text).toMatch(/^KPAI dapat membantu penyusunan kebijakan perlindungan anak/);
    expect(steps.find((s) => s.criterion.id === 'rekam-jejak')!.help).toEqual(data.noHelp);
    expect(data.noHelp.proposal).toBe(true);
    expect(steps.find((s) => s.criterion.id === 'kapasitas')!.help).toBeUndefined();
  });

  it('has nothing to do when every criterion is met', () => {
    const answers = answersFor('pemerintah-pusat');
    expect(nextSteps(data, assess(data, answers), answers.kind)).toEqual([]);
  });

  it('reads child safeguarding part by part from the criteria that assess it', () => {
    const answers = answersFor('dunia-usaha', { personel: 'bantuan', akuntabilitas: 'disiapkan' });
    const rows = safeguardingReadiness(data, assess(data, answers));
    expect(rows.map((r) => [r.safeguard.id, r.result?.readiness])).toEqual([
      ['kebijakan', 'sudah'],
      ['penanggung-jawab', 'sudah'],
      ['perekrutan-aman', 'bantuan'],
      ['pelatihan', 'bantuan'],
      ['kode-perilaku', 'bantuan'],
      ['jalur-pelaporan', 'sudah'],
      ['tinjauan', 'disiapkan'],
    ]);
    for (const r of rows) expect(r.safeguard.ethics.every((href) => href.startsWith('/dokumen/kode-etik/#'))).toBe(true);
  });
});
