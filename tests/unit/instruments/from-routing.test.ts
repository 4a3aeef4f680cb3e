import { describe, expect, it } from 'vitest';
import { route } from '../../../src/lib/routing/route';
import { letterInput, letterSteps, localDate, referralLetterValues, urgentPath } from '../../../src/lib/instruments/referral-letter';
import { INTAKE_QUESTIONS, intakeInput, intakeSummaryValues } from '../../../src/lib/instruments/intake-summary';
import { contacts, model, place } from '../routing/load';

// The two tools' forms filled from the routing engine's own path and answers, with the site's real model.
const contactById = new Map(contacts.map((c) => [c.id, c]));
const violence = { bahaya: ['tidak'], usia: ['anak'], 'apa-terjadi': ['kekerasan'], 'di-mana': ['rumah'], keadaan: ['disabilitas'], penanganan: ['belum'] };

describe('the finder’s surat rujukan, from a routing path', () => {
  it('is offered for the destinations a letter goes to — not KPAI, which writes it, nor an emergency call', async () => {
    const path = route(model, { ...violence, bahaya: ['ya'], tempat: ['32', '32.75'] }, await place('32.75'));
    const offered = letterSteps(path).map((s) => s.destination!.id);
    expect(offered.length).toBeGreaterThan(0);
    expect(offered).not.toContain('kpai');
    expect(offered).not.toContain('darurat');
    expect(urgentPath(model, path)).toBe(true);
    expect(urgentPath(model, route(model, { ...violence, tempat: ['32', '32.75'] }, await place('32.75')))).toBe(false);
  });

  it('names the place’s own service and its first channel with that channel’s source date, when the directory has one', async () => {
    const at = await place('32.75');
    const path = route(model, { ...violence, tempat: ['32', '32.75'] }, at);
    const step = letterSteps(path).find((s) => s.regional?.reachable)!;
    expect(step, 'a step served by a regional service with a sourced channel in Kota Bekasi').toBeDefined();
    const service = step.regional!.services.find((s) => s.channels.length > 0)!;
    const input = letterInput(step, at, contactById, 'Panduan Rujukan, Pasal 7 — UPTD PPA', false, '2026-11-30');
    expect(input).toMatchObject({ destination: service.name, destinationRegion: 'Kota Bekasi, Jawa Barat', channel: service.channels[0], need: step.step.why, childRegency: 'Kota Bekasi', urgent: false });
    expect(referralLetterValues(input)['tujuan-kontak']).toContain(`(sumber: ${service.channels[0]!.source.title}; tanggal sumber: `);
  });

  it('falls back to the destination and its national contact where the place has no service of its own', () => {
    const path = route(model, { ...violence, tempat: ['tidak-tahu'] }, undefined);
    const [first] = letterSteps(path);
    const input = letterInput(first!, undefined, contactById, undefined, false, '2026-11-30');
    expect(input.destination).toBe(first!.destination!.name);
    expect(input.destinationRegion).toBeUndefined();
    expect(input.regionalServices).toBeUndefined();
  });

  it('dates the letter in the reader’s own calendar', () => {
    expect(localDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});

describe('the pre-screening’s summary for staff, from the routing answers', () => {
  it('reads the questions it needs by the ids the routing model has', () => {
    const ids = model.questions.map((q) => q.id);
    for (const id of [INTAKE_QUESTIONS.danger, INTAKE_QUESTIONS.age, INTAKE_QUESTIONS.what, INTAKE_QUESTIONS.where, INTAKE_QUESTIONS.done, INTAKE_QUESTIONS.circumstances]) expect(ids).toContain(id);
    expect(model.questions.find((q) => q.id === INTAKE_QUESTIONS.circumstances)!.options.map((o) => o.id)).toContain(INTAKE_QUESTIONS.disability);
  });

  it('carries each answer in the words the person chose, and the place by name', () => {
    const values = intakeSummaryValues(intakeInput(model.questions, violence, { province: 'Jawa Barat', regency: 'Kota Bekasi' }));
    const label = (q: string, o: string) => model.questions.find((x) => x.id === q)!.options.find((x) => x.id === o)!.label;
    expect(values).toMatchObject({
      'anak-dalam-bahaya': ['tidak'],
      'anak-usia': label('usia', 'anak'),
      'kronologi-apa': label('apa-terjadi', 'kekerasan'),
      'kronologi-di-mana': label('di-mana', 'rumah'),
      'langkah-sebelumnya': label('penanganan', 'belum'),
      'anak-provinsi': 'Jawa Barat',
      'anak-kabupaten-kota': 'Kota Bekasi',
      'anak-disabilitas': ['lainnya'],
    });
    expect(intakeSummaryValues(intakeInput(model.questions, { ...violence, bahaya: ['tidak-tahu'] }, {}))['anak-dalam-bahaya']).toEqual(['tidak-diketahui']);
  });
});

describe('a destination the directory has no channel for', () => {
  it('is reached, and said to be reached, through the national service that connects to it', async () => {
    // Kota Binjai: its UPTD PPA and North Sumatra's are in the directory, neither with a sourced channel.
    const at = await place('12.75');
    const path = route(model, { ...violence, tempat: ['12', '12.75'] }, at);
    const step = letterSteps(path).find((s) => s.fallback && s.regional && !s.regional.reachable)!;
    expect(step, 'a step in Kota Binjai whose service has no sourced channel').toBeDefined();
    const via = contactById.get(step.fallback!)!;
    const values = referralLetterValues(letterInput(step, at, contactById, undefined, false, '2026-11-30'));
    expect(values['tujuan-kontak']).toMatch(new RegExp(`^melalui ${via.name}: `));
  });
});
