import { describe, expect, it } from 'vitest';
import { holds } from '../../../src/lib/routing/condition';
import type { Condition } from '../../../src/schemas/routing';
import { route } from '../../../src/lib/routing/route';
import { model, place } from './load';

// A condition as YAML gives it (zod's catch-all type cannot describe the fixed keys beside it).
const when = (w: object) => w as Condition;

describe('holds', () => {
  it('needs one of the listed answers for every question named, none under "not", and the region as asked', () => {
    const child = when({ usia: ['anak', 'tidak-tahu'], 'apa-terjadi': ['kekerasan'], not: { penanganan: ['macet'] } });
    expect(holds(child, { usia: ['tidak-tahu'], 'apa-terjadi': ['kekerasan', 'daring'] }, new Set())).toBe(true);
    expect(holds(child, { usia: ['dewasa'], 'apa-terjadi': ['kekerasan'] }, new Set())).toBe(false);
    expect(holds(child, { usia: ['anak'], 'apa-terjadi': ['kekerasan'], penanganan: ['macet'] }, new Set())).toBe(false);
    expect(holds(when({ usia: ['anak'] }), {}, new Set())).toBe(false);
    expect(holds(when({ region: { has: ['kpad'] } }), {}, new Set(['kpad']))).toBe(true);
    expect(holds(when({ region: { lacks: ['kpad'] } }), {}, new Set(['kpad']))).toBe(false);
  });
});

describe('route', () => {
  it('lists a step once, recording every rule that asked for it', async () => {
    const path = route(model, { usia: ['anak'], 'apa-terjadi': ['kekerasan-seksual'] }, await place('32.05'));
    const police = path.steps.filter((s) => s.step.id === 'polisi-laporan');
    expect(police).toHaveLength(1);
    expect(police[0]?.rules).toEqual(['kekerasan', 'pidana']);
  });

  it('shows the place’s own service where the directory has one, and P2TP2A where that is what the place has', async () => {
    const garut = route(model, { usia: ['anak'], 'apa-terjadi': ['kekerasan'] }, await place('32.05'));
    expect(garut.steps[0]?.regional).toMatchObject({ kind: 'uptd-ppa', reachable: false });
    expect(garut.steps[0]?.regional?.services.map((s) => s.id)).toEqual(['uptd-ppa-kabupaten-garut']);
    const diy = route(model, { usia: ['anak'], 'apa-terjadi': ['kekerasan'] }, await place('34.71'));
    expect(diy.steps[0]?.regional?.kind).toBe('p2tp2a');
  });

  it('sends the person to the national fallback where the directory has no channel, and says which', async () => {
    const bekasi = route(model, { usia: ['anak'], 'apa-terjadi': ['kekerasan'] }, await place('32.75'));
    expect(bekasi.steps[0]).toMatchObject({ contacts: [], fallback: 'sapa-129', regional: { kind: undefined, services: [], reachable: false } });
    const kpad = bekasi.steps.at(-1);
    expect(kpad?.step.id).toBe('kpad');
    expect(kpad?.regional?.reachable).toBe(true);
    expect(kpad?.fallback).toBeUndefined();
  });

  it('shows Jakarta’s 24-hour mental-health line beside the national one, only in Jakarta', async () => {
    const jakarta = route(model, { usia: ['anak'], 'apa-terjadi': ['bunuh-diri'] }, await place('31.74'));
    const help = jakarta.steps.find((s) => s.step.id === 'layanan-jiwa');
    expect(help?.regional?.services.map((s) => s.id)).toEqual(['jakcare-dki-jakarta']);
    expect(help?.contacts).toEqual(['healing119']);
    const surabaya = route(model, { usia: ['anak'], 'apa-terjadi': ['bunuh-diri'] }, await place('35.78'));
    expect(surabaya.steps.find((s) => s.step.id === 'layanan-jiwa')?.regional?.services).toEqual([]);
  });
});
