import { describe, expect, it } from 'vitest';
import { route } from '../../../src/lib/routing/route';
import { screeningResult } from '../../../src/lib/screening/result';
import { screeningText } from '../../../src/lib/screening/copy-text';
import { finderText } from '../../../src/lib/referral/copy-text';
import { contacts, flow, model, place } from '../routing/load';

describe('the pre-screening result', () => {
  it('takes who to contact from the routing engine, the same path the finder computes for the same answers', async () => {
    const answers = { bahaya: ['tidak'], usia: ['anak'], 'apa-terjadi': ['abh'], 'di-mana': ['polisi'], penanganan: ['belum'] };
    const where = await place('32.75');
    const result = screeningResult(model, flow, answers, where);
    expect(result.path).toEqual(route(model, answers, where));
    expect(result.first?.id).toBe('bantuan-hukum');
    expect(result.kpai.id).toBe('abh');
    expect(result.urgency.level).toBe('segera');
    expect(result.clusters).toEqual(['PKA — Anak yang berhadapan dengan hukum']);
  });

  it('an adult’s own case is said not to be a child’s; danger is an emergency whatever else is true', () => {
    expect(screeningResult(model, flow, { usia: ['dewasa'], 'apa-terjadi': ['kekerasan'] }, undefined).kpai.id).toBe('bukan-anak');
    expect(screeningResult(model, flow, { bahaya: ['tidak-tahu'], usia: ['anak'], 'apa-terjadi': ['pendidikan'] }, undefined).urgency.level).toBe('darurat');
  });

  it('gathers what to prepare from every step once, with initials instead of a name', () => {
    const result = screeningResult(model, flow, { usia: ['anak'], 'apa-terjadi': ['pengasuhan'] }, undefined);
    expect(result.prepare).toContain('Inisial dan usia anak; nama lengkap tidak perlu');
    expect(new Set(result.prepare).size).toBe(result.prepare.length);
  });
});

describe('copied summaries', () => {
  it('both say they come from a draft guide and are not KPAI’s assessment, and carry the emergency numbers', async () => {
    const answers = { bahaya: ['tidak'], usia: ['anak'], 'apa-terjadi': ['kekerasan'], tempat: ['32', '32.75'], penanganan: ['belum'] };
    const where = await place('32.75');
    const texts = [
      screeningText(model.questions, answers, 'Kota Bekasi, Jawa Barat', screeningResult(model, flow, answers, where), contacts),
      finderText(model.questions, answers, 'Kota Bekasi, Jawa Barat', route(model, answers, where), contacts),
    ];
    for (const text of texts) {
      expect(text).toContain('Ini bukan penilaian atau keputusan KPAI.');
      expect(text).toContain('Bila anak dalam bahaya sekarang: Polisi 110 · SAPA 129 (telepon 129, WhatsApp 08111-129-129) · Darurat 112 (belum di semua daerah).');
      expect(text).toContain('1. Minta layanan UPTD PPA di daerah anak');
      expect(text).toContain('Bila UPTD PPA tidak dapat dihubungi: SAPA 129');
      expect(text).toContain('- Daerah: Kota Bekasi, Jawa Barat');
    }
  });
});
