import { describe, expect, it } from 'vitest';
import { answeredQuestions, clustersOf, summaryText } from '../../../src/lib/screening/summary';
import { resolve } from '../../../src/lib/screening/resolve';
import { decide } from '../../../src/lib/screening/decide';
import type { Outcome } from '../../../src/schemas/screening';
import { flow } from './load-flow';

const provinces = [{ code: '32', name: 'Jawa Barat' }];
const answers = { bahaya: 'tidak', usia: 'di-bawah-18', 'apa-terjadi': ['kekerasan', 'perundungan'], siapa: ['sekolah'], provinsi: '32', 'keadaan-khusus': ['tidak-ada'], langkah: ['belum'] };

describe('the summary of a result', () => {
  const resolution = resolve(flow, answers, '2026-11-24');
  const outcome = resolution.current as Outcome;

  it('lists every answer in words, the province by name', () => {
    const rows = answeredQuestions(resolution, provinces).map((r) => `${r.question.summary}: ${r.text}`);
    expect(rows).toContain('Provinsi: Jawa Barat');
    expect(rows).toContain('Yang terjadi: Anak dipukul, disakiti, diancam, atau terus-menerus dihina; Perundungan (bullying) di sekolah');
  });

  it('names the KPAI clusters the situations fall under', () => {
    expect(clustersOf(resolution)).toEqual(['PHA — Pendidikan, Pemanfaatan Waktu Luang, Budaya dan Agama', 'PKA — Anak korban kekerasan fisik dan/atau psikis']);
  });

  it('reads as plain text with the outcome, why, steps and answers, and no name', () => {
    const text = summaryText(flow, resolution, outcome, decide(resolution.flags).reasons, provinces);
    expect(text.split('\n')[0]).toBe('Hasil cek pengaduan (Pedoman KPAI): Hubungi layanan langsung di daerah dulu');
    expect(text).toContain('Mengapa:');
    expect(text).toContain('- Umur: Di bawah 18 tahun');
    expect(text).not.toMatch(/nama (anak|lengkap|korban|pelaku)/i);
  });
});
