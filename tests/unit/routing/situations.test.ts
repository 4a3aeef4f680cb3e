import { describe, expect, it } from 'vitest';
import { situationProblems } from '../../../src/lib/routing/check-model';
import { placeForCode } from '../../../src/lib/routing/place';
import { firstDestination, route } from '../../../src/lib/routing/route';
import { model, services, situations } from './load';

const placeOf = (code?: string) => (code ? placeForCode(code, services) : undefined);
const destinations = (answers: Record<string, string[]>, code?: string) =>
  route(model, answers, placeOf(code)).steps.flatMap((s) => (s.destination ? [s.destination.id] : []));

describe('the table of canonical situations', () => {
  it('holds at least 40 situations, and every route and special circumstance is exercised by one', () => {
    expect(situations.length).toBeGreaterThanOrEqual(40);
    const routes = new Set(situations.map((row) => route(model, row.answers, placeOf(row.place)).route));
    const reachable = model.routes.filter((r) => r.when && !JSON.stringify(r.when).includes('"region"')).map((r) => r.id);
    expect(reachable.filter((id) => !routes.has(id))).toEqual([]);
    const ticked = new Set(situations.flatMap((row) => row.answers.keadaan ?? []));
    for (const option of model.questions.find((q) => q.id === 'keadaan')!.options.filter((o) => !o.exclusive)) expect(ticked).toContain(option.id);
  });

  it('every row sends the person first where the table says, mentions what it must and nothing it must not', () => {
    expect(situationProblems(model, situations, (code) => placeForCode(code, services))).toEqual([]);
  });

  it('a changed rule that sends a situation elsewhere is caught, naming the row and the path', () => {
    const broken = { ...model, urgent: model.urgent.filter((r) => r.id !== 'abh') };
    const problems = situationProblems(broken, situations, (code) => placeForCode(code, services));
    expect(problems.find((p) => p.field === 'anak-ditangkap-polisi.first')?.reason).toBe('aturan mengirim ke "kpai" lebih dulu, bukan "bantuan-hukum" (jalur: kpai → kpad)');
  });
});

describe('the situations reviewers found wrong', () => {
  it('a child arrested by police: legal aid and a parent first, the Bapas officer, then KPAI oversight — never back to the police', () => {
    const path = route(model, { usia: ['anak'], 'apa-terjadi': ['abh'], 'di-mana': ['polisi'], penanganan: ['belum'] }, placeOf('32.75'));
    expect(path.steps.map((s) => s.step.id)).toEqual(['abh-pendamping', 'abh-bapas', 'kpai-abh', 'kpad']);
    expect(firstDestination(path)?.id).toBe('bantuan-hukum');
  });

  it('an adult disclosing abuse suffered as a child is routed as a child case, by the age at the time', () => {
    expect(destinations({ usia: ['anak'], 'apa-terjadi': ['kekerasan-seksual'] })[0]).toBe('uptd-ppa');
    expect(destinations({ usia: ['dewasa'], 'apa-terjadi': ['kekerasan-seksual'] })).not.toContain('kpai');
  });

  it('an official who hurts a child leads to Komnas HAM; a public service that fails a child leads to the Ombudsman', () => {
    expect(destinations({ usia: ['anak'], 'apa-terjadi': ['kekerasan'], 'di-mana': ['pejabat'] })).toContain('komnas-ham');
    expect(destinations({ usia: ['anak'], 'apa-terjadi': ['kekerasan'], 'di-mana': ['pejabat'] })).not.toContain('ombudsman');
    expect(destinations({ usia: ['anak'], 'apa-terjadi': ['pendidikan'], 'di-mana': ['sekolah-negeri'] })).toContain('ombudsman');
  });

  it('danger now puts the emergency step first with SAPA 129 among its contacts; 112 leads only where it answers', async () => {
    const jakarta = route(model, { bahaya: ['ya'], usia: ['anak'], 'apa-terjadi': ['kekerasan'] }, placeOf('31.71'));
    expect(jakarta.steps[0]?.step.id).toBe('darurat-112');
    expect(jakarta.steps[0]?.contacts).toEqual(['darurat-112', 'polisi', 'sapa-129']);
    const garut = route(model, { bahaya: ['ya'], usia: ['anak'], 'apa-terjadi': ['kekerasan'] }, placeOf('32.05'));
    expect(garut.steps[0]?.contacts).toEqual(['polisi', 'sapa-129', 'darurat-112']);
  });

  it('"Hal lain" is told KPAI will review it and where to turn, not a reason about something else', () => {
    const path = route(model, { usia: ['anak'], 'apa-terjadi': ['lainnya'] }, undefined);
    expect(path.route).toBe('bawaan');
    expect(path.steps[0]?.step.id).toBe('kpai-telaah');
  });

  it('no step asks for the child’s full name: initials are enough', () => {
    for (const step of model.steps) for (const item of step.bring) expect(item).not.toMatch(/\bnama (anak|lengkap anak)\b/i);
  });
});
