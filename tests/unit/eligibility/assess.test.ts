import { describe, expect, it } from 'vitest';
import { applicableCriteria, assess, evidenceFor, levelOf } from '../../../src/lib/eligibility/assess';
import { answersFor, data } from './data';

describe('assess, on named organisations (Pedoman Kemitraan Pasal 10 and Pasal 29–30)', () => {
  it('a registered foundation with everything in place meets the criteria; defined activities with children call for a PKS', () => {
    const result = assess(data, answersFor('lembaga-masyarakat', {}, { 'kontak-anak': 'ya' }));
    expect(result.verdict).toBe('memenuhi');
    expect(result.form.id).toBe('pks');
    expect(result.results.find((r) => r.criterion.id === 'personel')?.level).toBe('wajib');
  });

  it('safe personnel is only recommended when the work touches neither children nor their data, and required for either', () => {
    const personel = data.criteria.find((c) => c.id === 'personel')!;
    expect(levelOf(personel, { kind: 'dunia-usaha', plan: { 'kontak-anak': 'tidak', 'data-anak': 'tidak' } })).toBe('dianjurkan');
    expect(levelOf(personel, { kind: 'dunia-usaha', plan: { 'kontak-anak': 'tidak', 'data-anak': 'ya' } })).toBe('wajib');
    // Not yet ready with personnel: a recommendation (with a note) for desk work, a bar for work with children.
    expect(assess(data, answersFor('dunia-usaha', { personel: 'belum' })).verdict).toBe('memenuhi-dengan-catatan');
    expect(assess(data, answersFor('dunia-usaha', { personel: 'belum' }, { 'data-anak': 'ya' })).verdict).toBe('belum-memenuhi');
  });

  it('a company that would use the partnership for branding is not eligible, and the reason is the conflict-of-interest clause', () => {
    const result = assess(data, answersFor('dunia-usaha', { 'konflik-kepentingan': 'belum' }));
    expect(result.verdict).toBe('belum-memenuhi');
    expect(result.results.filter((r) => r.status === 'belum').map((r) => r.criterion.clause)).toEqual(['/dokumen/pedoman-kemitraan/#kriteria-konflik-kepentingan']);
  });

  it('a regional government agency is not assessed on its track record, and partners through the regional sequence', () => {
    const result = assess(data, answersFor('pemerintah-daerah', { kapasitas: 'bantuan' }));
    expect(result.results.map((r) => r.criterion.id)).not.toContain('rekam-jejak');
    expect(result.verdict).toBe('memenuhi-dengan-catatan');
    expect(result.form.id).toBe('daerah'); // the regional rule comes before the improvement-plan rule
  });

  it('"sedang disiapkan" and "perlu bantuan" do not meet a criterion: until the evidence exists it is not met (Pasal 10 ayat (4))', () => {
    for (const answer of ['disiapkan', 'bantuan', 'belum']) {
      expect(assess(data, answersFor('perguruan-tinggi', { 'prosedur-pelaporan': answer })).verdict, answer).toBe('belum-memenuhi');
    }
  });

  it('a written commitment where the clause allows it gives "memenuhi dengan catatan" and a PKS with an improvement plan', () => {
    const result = assess(data, answersFor('perguruan-tinggi', { 'kebijakan-perlindungan-anak': 'komitmen' }));
    expect(result.verdict).toBe('memenuhi-dengan-catatan');
    expect(result.form.id).toBe('pks-perbaikan');
    expect(result.results.find((r) => r.criterion.id === 'kebijakan-perlindungan-anak')).toMatchObject({ status: 'komitmen', readiness: 'disiapkan' });
  });

  it('a broad framework fits a memorandum followed by PKS; several units, a memorandum at the top', () => {
    expect(assess(data, answersFor('pemerintah-pusat', {}, { rinci: 'tidak' })).form.id).toBe('mou-lalu-pks');
    expect(assess(data, answersFor('pemerintah-pusat', {}, { rinci: 'tidak', pembiayaan: 'ya' })).form.id).toBe('pks');
    expect(assess(data, answersFor('pemerintah-pusat', {}, { 'beberapa-unit': 'ya' })).form.id).toBe('mou-pimpinan');
  });

  it('a criterion left unanswered (one a newer guideline added) is not met and has no readiness', () => {
    const answers = answersFor('lembaga-masyarakat');
    const { kapasitas: _dropped, ...criteria } = answers.criteria;
    const result = assess(data, { ...answers, criteria });
    expect(result.results.find((r) => r.criterion.id === 'kapasitas')).toMatchObject({ status: 'belum', readiness: undefined });
    expect(result.verdict).toBe('memenuhi-dengan-catatan');
  });

  it('shows each kind of partner the evidence that fits it', () => {
    const legality = data.criteria.find((c) => c.id === 'legalitas')!;
    expect(evidenceFor(legality, 'pemerintah-daerah').map((e) => e.text)).toEqual(['Dasar pembentukan instansi atau lembaga.', 'Surat penunjukan atau surat kuasa bagi orang yang akan menandatangani naskah.']);
    expect(evidenceFor(legality, 'lembaga-masyarakat').filter((e) => e.proposal).map((e) => e.text)).toEqual(['Contohnya akta pendirian yayasan atau perkumpulan beserta keputusan pengesahan badan hukumnya.']);
  });
});

describe('the criteria data', () => {
  it('gives every partner kind criteria, and every criterion cites a criterion clause of the partnership guideline', () => {
    for (const kind of data.partnerKinds) expect(applicableCriteria(data, kind.id).length, kind.id).toBeGreaterThan(8);
    for (const c of data.criteria) expect(c.clause).toMatch(/^\/dokumen\/pedoman-kemitraan\/#kriteria-/);
  });
});
