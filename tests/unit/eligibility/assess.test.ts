import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { eligibilityData } from '../../../src/schemas/eligibility';
import { applicableCriteria, assess, type Answers } from '../../../src/lib/eligibility/assess';
import { decodeAnswers, encodeAnswers } from '../../../src/lib/eligibility/share-link';

const data = eligibilityData.parse(parse(readFileSync(join(import.meta.dirname, '../../../src/content/tools/eligibility/criteria.yaml'), 'utf8')));

/** Every applicable criterion answered with its first choice (the one that meets it), then some overridden. */
function answersFor(kind: string, overrides: Record<string, string> = {}, plan: Answers['plan'] = {}): Answers {
  const criteria = Object.fromEntries(applicableCriteria(data, kind).map((c) => [c.id, c.choices[0]!.id]));
  return { kind, criteria: { ...criteria, ...overrides }, plan: { rinci: 'ya', 'kontak-anak': 'tidak', pembiayaan: 'tidak', 'beberapa-unit': 'tidak', ...plan } };
}

describe('assess, on named organisations', () => {
  it('a registered foundation with a safeguarding policy meets the criteria; defined activities with children call for a PKS', () => {
    const result = assess(data, answersFor('lembaga-masyarakat', {}, { 'kontak-anak': 'ya' }));
    expect(result.verdict).toBe('memenuhi');
    expect(result.form.id).toBe('pks');
    expect(result.results.find((r) => r.criterion.id === 'personel')?.level).toBe('wajib');
  });

  it('a company whose products harm children cannot use a partnership for branding: not eligible, and why', () => {
    const result = assess(data, answersFor('dunia-usaha', { 'konflik-kepentingan': 'tidak' }));
    expect(result.verdict).toBe('belum-memenuhi');
    const failed = result.results.filter((r) => r.status === 'belum');
    expect(failed.map((r) => r.criterion.clause)).toEqual(['/dokumen/pedoman-kemitraan/#kriteria-konflik-kepentingan']);
  });

  it('a regional government agency is not assessed on its track record, and partners through a regional agreement', () => {
    const result = assess(data, answersFor('pemerintah-daerah'));
    expect(result.results.map((r) => r.criterion.id)).not.toContain('rekam-jejak');
    expect(result.form.id).toBe('daerah');
    expect(result.verdict).toBe('memenuhi');
  });

  it('a student group without legal standing is not yet eligible, and is told what to do instead', () => {
    const result = assess(data, answersFor('lembaga-masyarakat', { legalitas: 'tidak' }));
    expect(result.verdict).toBe('belum-memenuhi');
    expect(result.results.find((r) => r.criterion.id === 'legalitas')?.criterion.whenNotMet).toMatch(/lembaga berbadan hukum yang menaunginya/);
  });

  it('a written commitment where the clause allows it gives "memenuhi dengan catatan" and a PKS with an improvement plan', () => {
    const result = assess(data, answersFor('perguruan-tinggi', { 'kebijakan-perlindungan-anak': 'komitmen' }));
    expect(result.verdict).toBe('memenuhi-dengan-catatan');
    expect(result.form.id).toBe('pks-perbaikan');
  });

  it('a recommended criterion not met gives "memenuhi dengan catatan", an uncertain required one "belum memenuhi"', () => {
    expect(assess(data, answersFor('perguruan-tinggi', { kapasitas: 'tidak' })).verdict).toBe('memenuhi-dengan-catatan');
    expect(assess(data, answersFor('perguruan-tinggi', { 'prosedur-pelaporan': 'belum-pasti' })).verdict).toBe('belum-memenuhi');
  });

  it('a broad framework without defined activities fits a memorandum followed by PKS', () => {
    expect(assess(data, answersFor('pemerintah-pusat', {}, { rinci: 'tidak' })).form.id).toBe('mou-lalu-pks');
    expect(assess(data, answersFor('pemerintah-pusat', {}, { 'beberapa-unit': 'ya' })).form.id).toBe('mou-pimpinan');
  });

  it('lists the documents to prepare, each with the criterion that asks for it', () => {
    const { documents } = assess(data, answersFor('dunia-usaha'));
    expect(documents.find((d) => d.criterion.id === 'konflik-kepentingan')?.evidence).toMatch(/daftar sponsor/);
  });
});

describe('the criteria data', () => {
  it('gives every partner kind criteria, and every criterion cites a criterion clause of the partnership guideline', () => {
    for (const kind of data.partnerKinds) expect(applicableCriteria(data, kind.id).length, kind.id).toBeGreaterThan(8);
    for (const c of data.criteria) expect(c.clause).toMatch(/^\/dokumen\/pedoman-kemitraan\/#kriteria-/);
  });
});

describe('share link', () => {
  it('round-trips answers through the fragment', () => {
    const answers = answersFor('dunia-usaha', { 'konflik-kepentingan': 'tidak' });
    const decoded = decodeAnswers(`#${encodeAnswers(answers)}`, data);
    expect(decoded).toEqual({ ok: true, answers });
  });

  it('refuses a tampered fragment as a whole, with a message', () => {
    for (const bad of ['#jenis=raja', '#jenis=dunia-usaha&legalitas=mungkin', '#jenis=dunia-usaha&curang=1', '#jenis=pemerintah-daerah&rekam-jejak=ya', '#jenis=dunia-usaha&rinci=barangkali', `#jenis=dunia-usaha&${'x'.repeat(3000)}`, '#%E0%A4%A']) {
      const decoded = decodeAnswers(bad, data);
      expect(decoded.ok, bad).toBe(false);
      if (!decoded.ok) expect(decoded.message).toMatch(/^Tautan ini tidak dapat dibaca .*Penilaian dimulai dari awal\.$/);
    }
  });

  it('reads an empty fragment as a fresh start', () => {
    expect(decodeAnswers('', data)).toEqual({ ok: true, answers: { criteria: {}, plan: {} } });
  });
});
