import { describe, expect, it } from 'vitest';
import { screeningFlowProblems, stepsLeftAtMost } from '../../../src/lib/screening/check-flow';
import { decide } from '../../../src/lib/screening/decide';
import { possibleNext, resolve, type Answers } from '../../../src/lib/screening/resolve';
import type { Question } from '../../../src/schemas/screening';
import { flow } from './load-flow';

const TODAY = '2026-11-24';
const at = (answers: Answers) => resolve(flow, answers, TODAY).current.id;
const question = (id: string) => flow.nodes.find((n) => n.id === id) as Question;

// The usual way through, for a child, up to the steps already taken.
const child = { bahaya: 'tidak', usia: 'di-bawah-18', 'apa-terjadi': ['kekerasan'], siapa: ['keluarga'], provinsi: '32', 'keadaan-khusus': ['tidak-ada'] };

describe('the flow as data', () => {
  it('has no graph problems: every next exists, every node is reachable, nothing loops or dead-ends', () => {
    expect(screeningFlowProblems(flow)).toEqual([]);
  });

  it('reaches every outcome', () => {
    const reachable = new Set<string>();
    const visit = (id: string) => {
      if (reachable.has(id)) return;
      reachable.add(id);
      possibleNext(flow.nodes.find((n) => n.id === id)!).forEach(visit);
    };
    visit(flow.start);
    for (const outcome of flow.nodes.filter((n) => n.kind === 'outcome')) expect(reachable, outcome.id).toContain(outcome.id);
  });

  it('never asks for a name', () => {
    for (const node of flow.nodes) expect(JSON.stringify(node).toLowerCase()).not.toMatch(/siapa nama|nama anak|nama lengkap/);
  });

  it('says honestly how many steps are left at most', () => {
    expect(stepsLeftAtMost(flow, 'macet')).toBe(1);
    expect(stepsLeftAtMost(flow, flow.start)).toBeLessThanOrEqual(11);
  });

  it('has a text for every reason the rules can give', () => {
    const keys = new Set(Object.keys(flow.reasons));
    const flags = ['kekerasan', 'belum-ditangani', 'macet', 'masih-berjalan', 'ancaman-saksi', 'layanan-publik', 'disabilitas', 'perempuan-dewasa'] as const;
    for (let mask = 0; mask < 2 ** flags.length; mask++) {
      const decision = decide(new Set(flags.filter((_, i) => mask & (2 ** i))));
      for (const reason of [...decision.reasons, ...decision.also.map((a) => a.reason)]) expect(keys, reason).toContain(reason);
    }
  });
});

describe('each question, given earlier answers (smart-answer style)', () => {
  it('bahaya: a child in danger now, or an honest "I do not know", gets emergency contacts first', () => {
    expect(at({ bahaya: 'ya' })).toBe('darurat');
    expect(at({ bahaya: 'tidak-tahu' })).toBe('darurat');
    expect(at({ bahaya: 'tidak' })).toBe('usia');
  });

  it('darurat: after the emergency contacts the flow may continue', () => {
    expect(at({ bahaya: 'ya', darurat: 'lanjut' })).toBe('usia');
  });

  it('usia: a person of 18 or more gets the right institutions instead', () => {
    expect(at({ bahaya: 'tidak', usia: 'dewasa' })).toBe('dewasa');
    expect(at({ bahaya: 'tidak', usia: 'kandungan' })).toBe('apa-terjadi');
    expect(at({ bahaya: 'tidak', usia: 'tidak-tahu' })).toBe('apa-terjadi');
  });

  it('tanggal-lahir: the age is counted from the date of birth', () => {
    expect(at({ bahaya: 'tidak', usia: 'tanggal-lahir', 'tanggal-lahir': '2008-11-25' })).toBe('apa-terjadi');
    expect(at({ bahaya: 'tidak', usia: 'tanggal-lahir', 'tanggal-lahir': '2008-11-24' })).toBe('dewasa');
  });

  it('langkah: nothing done yet decides at once; something done asks whether it stalled', () => {
    expect(at({ ...child, langkah: ['belum'] })).toBe('layanan-langsung');
    expect(at({ ...child, langkah: ['polisi'] })).toBe('macet');
  });

  it('macet: stalled handling goes to KPAI, handling still going on stays where it is', () => {
    expect(at({ ...child, langkah: ['polisi'], macet: 'ya' })).toBe('kpai');
    expect(at({ ...child, langkah: ['polisi'], macet: 'tidak' })).toBe('sedang-ditangani');
    expect(at({ ...child, langkah: ['polisi'], macet: 'tidak-tahu' })).toBe('kpai');
  });

  it('a public service problem without violence goes to the Ombudsman', () => {
    expect(at({ ...child, 'apa-terjadi': ['pendidikan'], siapa: ['pejabat'], langkah: ['belum'] })).toBe('ombudsman');
  });

  it('a threatened witness goes to LPSK', () => {
    expect(at({ ...child, 'keadaan-khusus': ['ancaman'], langkah: ['belum'] })).toBe('lpsk');
  });

  it('forgets answers the path no longer passes through', () => {
    const changed = resolve(flow, { ...child, langkah: ['belum'], macet: 'ya' }, TODAY);
    expect(changed.current.id).toBe('layanan-langsung');
    expect(changed.answers).not.toHaveProperty('macet');
  });
});

describe('every way through the flow', () => {
  // Each single question with every option; each multiple question with each option alone and with all of them.
  const choices = (id: string): (string | string[])[] => {
    const q = question(id);
    if (q.type === 'date') return ['2015-06-01', '2000-06-01'];
    if (q.type === 'province') return ['11', '96'];
    if (q.type === 'single') return q.options.map((o) => o.id);
    const open = q.options.filter((o) => !o.exclusive).map((o) => o.id);
    return [...q.options.map((o) => [o.id]), open];
  };

  it('ends in an outcome within a bounded number of steps, emergency first whenever danger was reported', () => {
    let paths = 0;
    const walk = (answers: Record<string, string | string[]>) => {
      const { current, path } = resolve(flow, answers, TODAY);
      if (current.kind === 'outcome') {
        paths++;
        expect(path.length).toBeLessThanOrEqual(12);
        if (answers.bahaya !== 'tidak') expect(path[1]!.id).toBe('darurat');
        return;
      }
      const options = current.kind === 'info' ? ['lanjut'] : choices(current.id);
      for (const answer of current.id === 'siapa' ? [['keluarga'], ['pejabat'], ['internet'], ['tidak-tahu']] : options) walk({ ...answers, [current.id]: answer });
    };
    walk({});
    expect(paths).toBeGreaterThan(1000);
  });
});
