import { describe, expect, it } from 'vitest';
import { emptyDraft, firstOpenStep, isComplete, missingAnswers, nextStep, previousStep, recheckStep, stepsFor, withKind } from '../../../src/lib/eligibility/steps';
import { answersFor, data } from './data';

describe('the step machine', () => {
  it('asks the kind first, then only the themes with criteria that apply, then goals and plans, then the result', () => {
    expect(stepsFor(data, undefined)).toEqual(['jenis', 'tujuan', 'rencana', 'hasil']);
    expect(stepsFor(data, 'pemerintah-daerah')).toEqual(['jenis', 'dasar', 'perlindungan-anak', 'data-integritas', 'tata-kelola', 'tujuan', 'rencana', 'hasil']);
  });

  it('says what is missing on a step, in the order shown, each pointing at its question', () => {
    expect(missingAnswers(data, emptyDraft, 'jenis')).toEqual([{ field: 'tanya-jenis', message: 'Pilih jenis lembaga Anda.' }]);
    const draft = { ...emptyDraft, kind: 'dunia-usaha', criteria: { legalitas: 'sudah' } };
    expect(missingAnswers(data, draft, 'dasar').map((m) => m.field)).toEqual(['tanya-tujuan-sejalan', 'tanya-rekam-jejak']);
    expect(missingAnswers(data, draft, 'tujuan').map((m) => m.message)).toEqual(['Pilih sekurang-kurangnya satu tujuan kemitraan.', 'Pilih sekurang-kurangnya satu bidang kegiatan.']);
    expect(missingAnswers(data, { ...draft, plan: { rinci: 'ya' } }, 'rencana')).toHaveLength(4);
  });

  it('resumes a restored set of answers at the first step with something missing, or the result', () => {
    const complete = answersFor('perguruan-tinggi');
    expect(firstOpenStep(data, complete)).toBe('hasil');
    expect(isComplete(data, complete)).toBe(true);
    expect(firstOpenStep(data, { ...complete, criteria: { ...complete.criteria, kapasitas: undefined! } })).toBe('tata-kelola');
    expect(firstOpenStep(data, { ...complete, goals: [] })).toBe('tujuan');
    expect(firstOpenStep(data, emptyDraft)).toBe('jenis');
  });

  it('moves forward and back within the steps of the kind', () => {
    const draft = answersFor('dunia-usaha');
    expect(nextStep(data, draft, 'jenis')).toBe('dasar');
    expect(nextStep(data, draft, 'rencana')).toBe('hasil');
    expect(previousStep(data, draft, 'dasar')).toBe('jenis');
    expect(previousStep(data, draft, 'jenis')).toBe('jenis');
  });

  it('changing the kind drops answers to criteria that no longer apply, so the link stays readable', () => {
    const draft = withKind(data, answersFor('dunia-usaha'), 'pemerintah-daerah');
    expect(draft.kind).toBe('pemerintah-daerah');
    expect(Object.keys(draft.criteria)).not.toContain('rekam-jejak');
  });

  it('a re-check starts at the step of the first changed criterion that applies', () => {
    expect(recheckStep(data, answersFor('dunia-usaha'), ['kapasitas', 'personel'])).toBe('perlindungan-anak');
    expect(recheckStep(data, answersFor('pemerintah-daerah'), ['rekam-jejak'])).toBe('dasar');
  });
});
