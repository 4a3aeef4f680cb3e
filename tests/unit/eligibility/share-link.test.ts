import { describe, expect, it } from 'vitest';
import { decodeAnswers, encodeAnswers } from '../../../src/lib/eligibility/share-link';
import { answersFor, data } from './data';

const versions = { current: '0.2', older: ['0.1'] };

describe('share link', () => {
  it('round-trips answers and the guideline version through the fragment', () => {
    const answers = answersFor('dunia-usaha', { 'konflik-kepentingan': 'belum' });
    const fragment = encodeAnswers({ ...answers, goals: ['koordinasi', 'efektif'] }, '0.2');
    expect(fragment).toMatch(/^v=0\.2&jenis=dunia-usaha&legalitas=sudah&.*&tujuan=koordinasi\.efektif&bidang=edukasi&rinci=ya/);
    expect(decodeAnswers(`#${fragment}`, data, versions)).toEqual({ ok: true, answers: { ...answers, goals: ['koordinasi', 'efektif'] }, stamp: { is: 'current' }, notices: [] });
  });

  it('tells an older version, one it does not know, and none at all (a link from before results were stamped)', () => {
    const rest = encodeAnswers(answersFor('dunia-usaha'), '0.1');
    expect(decodeAnswers(rest, data, versions)).toMatchObject({ ok: true, stamp: { is: 'older', version: '0.1' }, notices: [] });
    const unknown = decodeAnswers(rest.replace('v=0.1', 'v=9%3Cb%3E'), data, versions);
    expect(unknown).toMatchObject({ ok: true, stamp: { is: 'unknown', written: '9?b?' } });
    if (unknown.ok) expect(unknown.notices).toEqual(['Tautan ini menyebut versi pedoman "9?b?" yang tidak dikenal. Jawaban Anda dinilai dengan versi terkini, 0.2.']);
    const none = decodeAnswers(rest.replace('v=0.1&', ''), data, versions);
    if (none.ok) expect(none.notices).toEqual(['Tautan ini tidak menyebut versi pedoman yang dipakai. Jawaban Anda dinilai dengan versi terkini, 0.2.']);
  });

  it('keeps what it can read of a tampered link and names what it dropped', () => {
    const decoded = decodeAnswers('#v=0.2&jenis=dunia-usaha&legalitas=mungkin&rinci=barangkali&tujuan=efektif.menang&curang=1&personel=sudah', data, versions);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.answers).toEqual({ kind: 'dunia-usaha', criteria: { personel: 'sudah' }, goals: ['efektif'], fields: [], plan: {} });
    expect(decoded.notices).toEqual([
      '4 jawaban dalam tautan tidak dikenali dan diabaikan (Legalitas; Apakah kegiatan yang akan dilakukan bersama sudah jelas - apa, kapan, dan oleh siapa?; tujuan kemitraan; "curang"). Pertanyaannya ditanyakan lagi.',
    ]);
  });

  it('lets an older link drop answers to criteria a newer guideline removed without a second message', () => {
    const decoded = decodeAnswers('#v=0.1&jenis=dunia-usaha&sertifikasi=sudah&legalitas=sudah', data, versions);
    expect(decoded).toMatchObject({ ok: true, answers: { criteria: { legalitas: 'sudah' } }, notices: [] });
  });

  it('starts afresh, with a message, only when the kind of partner cannot be read or the link is not ours', () => {
    for (const bad of ['#jenis=raja', '#v=0.2', '#%E0%A4%A', '#jenis=&rekam-jejak=sudah', `#jenis=dunia-usaha&${'x'.repeat(3000)}`]) {
      const decoded = decodeAnswers(bad, data, versions);
      expect(decoded.ok, bad).toBe(false);
      if (!decoded.ok) expect(decoded.message).toMatch(/^Tautan ini tidak dapat dibaca \(.+\)\. Penilaian dimulai dari awal\.$/);
    }
  });

  it('reads an empty fragment as a fresh start', () => {
    expect(decodeAnswers('', data, versions)).toEqual({ ok: true, answers: { criteria: {}, goals: [], fields: [], plan: {} }, stamp: { is: 'none' }, notices: [] });
  });
});
