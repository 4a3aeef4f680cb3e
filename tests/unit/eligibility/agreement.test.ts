import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { agreementsFor, draftAgreement } from '../../../src/lib/eligibility/agreement';
import { assess, type Answers } from '../../../src/lib/eligibility/assess';
import { clausesOf } from '../../../src/lib/documents/clauses';
import { answersFor, data } from './data';

const draft = (answers: Answers, agreement: string) => draftAgreement(data, answers, assess(data, answers), agreement);
const text = (d: ReturnType<typeof draft>, section: string) =>
  d.sections.find((s) => s.id === section)!.blocks.map((b) => ('text' in b ? b.text : b.list.join(' | '))).join('\n');
const guideline = clausesOf(readFileSync(join(import.meta.dirname, '../../../src/content/documents/pedoman-kemitraan/0.2.mdx'), 'utf8'));

describe('draft agreements', () => {
  it('a PKS draft has a section for every item the guideline says a PKS contains at the least (Pasal 28 ayat (2) huruf a–j)', () => {
    const letters = guideline.find((c) => c.id === 'perjanjian-kerja-sama')!.text.match(/^[a-j]\. /gm)!.map((l) => l[0]);
    expect(letters).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']);
    const pks = data.agreements.find((a) => a.id === 'pks')!;
    const cited = pks.sections.filter((s) => s.required).flatMap((s) => s.cites.filter((c) => c.clause.endsWith('#perjanjian-kerja-sama')).map((c) => c.at!.match(/huruf ([a-j])/)![1]));
    expect(cited.sort()).toEqual(letters);
  });

  it('a Nota Kesepahaman draft has the five parts the guideline names (Pasal 27 ayat (3))', () => {
    expect(guideline.find((c) => c.id === 'nota-kesepahaman')!.text).toContain('para pihak, maksud dan tujuan, bidang kegiatan, jangka waktu, dan rencana tindak lanjut');
    const nk = draft(answersFor('pemerintah-pusat', {}, { rinci: 'tidak' }), 'nota-kesepahaman');
    expect(nk.sections.filter((s) => s.required).map((s) => s.title)).toEqual(['Para Pihak', 'Maksud dan Tujuan', 'Bidang Kegiatan', 'Rencana Tindak Lanjut', 'Jangka Waktu']);
  });

  it('fills in the kind of partner, the chosen goals and fields, and cites a clause in every section', () => {
    const d = draft({ ...answersFor('lembaga-masyarakat'), goals: ['koordinasi', 'efektif'], fields: ['advokasi'] }, 'pks');
    expect(text(d, 'para-pihak')).toContain('……… [nama lembaga], lembaga perlindungan anak yang dibentuk masyarakat, diwakili oleh');
    expect(d.sections.find((s) => s.id === 'maksud-tujuan')!.blocks[1]).toEqual({
      list: ['meningkatkan koordinasi dan kerja sama lintas program dan lintas sektor', 'tercapainya upaya perlindungan anak yang efisien dan efektif, atau berdaya guna dan berhasil guna'],
    });
    expect(text(d, 'kegiatan')).toContain('advokasi, antara lain pencegahan kekerasan');
    for (const s of d.sections) expect(s.cites.length, s.id).toBeGreaterThan(0);
    expect(JSON.stringify(d.sections)).not.toMatch(/\{[a-z-]+\}/);
  });

  it('chooses each section’s wording by the answers: financing, children’s data, a regional government, a memorandum before it', () => {
    expect(text(draft(answersFor('dunia-usaha', {}, { pembiayaan: 'ya' }), 'pks'), 'pembiayaan')).toContain('Pembiayaan bersama: sumber ………');
    expect(text(draft(answersFor('dunia-usaha'), 'pks'), 'pembiayaan')).toContain('Setiap pihak menanggung biaya pelaksanaan tugasnya sendiri (usulan draf).');
    expect(text(draft(answersFor('dunia-usaha', {}, { 'data-anak': 'ya' }), 'pks'), 'pelindungan-data')).toContain('Data anak yang dipertukarkan: ………');
    expect(text(draft(answersFor('pemerintah-daerah'), 'pks'), 'dasar')).toContain('Peraturan Pemerintah Nomor 28 Tahun 2018 dan Peraturan Menteri Dalam Negeri Nomor 22 Tahun 2020');
    expect(text(draft(answersFor('pemerintah-daerah'), 'pks'), 'para-pihak')).toContain('berdasarkan kuasa dari kepala daerah');
    expect(text(draft(answersFor('pemerintah-pusat', {}, { rinci: 'tidak' }), 'pks'), 'dasar')).toContain('pelaksanaan Nota Kesepahaman para pihak');
    expect(text(draft(answersFor('pemerintah-pusat'), 'pks'), 'dasar')).toContain('dibuat langsung, tanpa Nota Kesepahaman');
    expect(text(draft(answersFor('pemerintah-pusat', {}, { rinci: 'tidak' }), 'pks'), 'dasar')).toContain('Pasal 1320 Kitab Undang-Undang Hukum Perdata');
  });

  it('puts an improvement plan in the PKS only for "memenuhi dengan catatan", listing what it must improve', () => {
    expect(draft(answersFor('perguruan-tinggi'), 'pks').sections.map((s) => s.id)).not.toContain('rencana-perbaikan');
    const d = draft(answersFor('perguruan-tinggi', { 'kebijakan-perlindungan-anak': 'komitmen', kapasitas: 'disiapkan' }), 'pks');
    expect(d.sections.find((s) => s.id === 'rencana-perbaikan')!.blocks[1]).toEqual({
      list: [expect.stringMatching(/^Kebijakan perlindungan anak \(dengan komitmen tertulis\): Dapat sementara diganti/), expect.stringMatching(/^Kapasitas \(belum terpenuhi\): Mulai dengan kegiatan/)],
    });
  });

  it('names the agreements of a form in signing order, with the form’s own names for them', () => {
    const daerah = data.forms.find((f) => f.id === 'daerah')!;
    expect(agreementsFor(data, daerah).map((a) => [a.agreement.id, a.title])).toEqual([
      ['nota-kesepahaman', 'Kesepakatan Bersama atau Nota Kesepakatan'],
      ['pks', 'Perjanjian Kerja Sama'],
    ]);
  });
});
