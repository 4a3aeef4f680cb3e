import { describe, expect, it } from 'vitest';
import { childAnswers, childContext, childQuestions } from '../../../src/lib/screening/child';
import { compatible } from '../../../src/lib/routing/check-child';
import { firstContacts, happenedText, letterParagraphs, list } from '../../../src/lib/screening/child-letter';
import { screeningResult } from '../../../src/lib/screening/result';
import { firstDestination, route } from '../../../src/lib/routing/route';
import { current, start } from '../../../src/lib/screening/machine';
import type { Condition } from '../../../src/schemas/routing';
import { contacts, flow, model, place, situations } from '../routing/load';

const contactById = new Map(contacts.map((c) => [c.id, c]));

describe('child mode: fewer questions in a child’s words, the same engine', () => {
  const mode = childQuestions(model.questions, flow.interludes);

  it('asks five questions, and answers age and whether it was reported itself', () => {
    expect(mode.questions.map((q) => q.id)).toEqual(['bahaya', 'apa-terjadi', 'di-mana', 'tempat', 'keadaan']);
    expect(mode.fixed).toEqual({ usia: ['anak'], penanganan: ['tidak-tahu'] });
  });

  it('keeps every option id, in the child’s words, speaking to the child as "kamu" or "aku"', () => {
    for (const q of mode.questions) {
      const adult = model.questions.find((a) => a.id === q.id)!;
      expect(q.options.map((o) => o.id)).toEqual(adult.options.map((o) => o.id));
      expect(`${q.title} ${q.hint ?? ''}`).not.toMatch(/\bAnda\b/);
    }
    expect(mode.questions[0]!.options.map((o) => o.label)).toEqual(['Ya, aku dalam bahaya sekarang', 'Tidak', 'Aku tidak tahu']);
  });

  it('shows the danger page in a child’s words after "ya", as the adult tool does', () => {
    const { context } = childContext(model, flow);
    const state = { ...start, answers: { bahaya: ['ya'] } };
    const { page } = current(context, state);
    expect(page).toMatchObject({ kind: 'interlude', interlude: { title: 'Minta tolong sekarang', contacts: ['polisi', 'sapa-129', 'darurat-112'] } });
  });

  it('gives a child, for every canonical situation a child could be in, the path the adult tool gives for the same answers', async () => {
    const rows = situations.filter((s) => s.answers.usia?.[0] === 'anak');
    expect(rows.length).toBeGreaterThan(15);
    for (const row of rows) {
      const where = row.place ? await place(row.place) : undefined;
      const asked = Object.fromEntries(Object.entries(row.answers).filter(([q]) => mode.questions.some((x) => x.id === q)));
      const answers = childAnswers(mode, asked);
      const child = screeningResult(model, flow, answers, where);
      const adult = route(model, { ...row.answers, ...mode.fixed }, where);
      expect(child.path.steps.map((s) => s.step.id), row.id).toEqual(adult.steps.map((s) => s.step.id));
      // "Not yet reported" and "I do not know" route alike, so the child's first destination is the table's.
      if (!row.answers.penanganan || row.answers.penanganan[0] === 'belum') expect(firstDestination(child.path)?.id, row.id).toBe(row.first);
    }
  });

  it('has a child summary for every step of every path a child can be given', async () => {
    for (const row of situations.filter((s) => s.answers.usia?.[0] === 'anak')) {
      const path = route(model, childAnswers(mode, row.answers), row.place ? await place(row.place) : undefined);
      for (const s of path.steps) expect(s.step.child, `${row.id}: ${s.step.id}`).toBeDefined();
    }
  });

  it('knows which rules a child can reach: none that needs an adult or a handled case', () => {
    const when = (w: object) => w as Condition;
    expect(compatible(when({ usia: ['dewasa'] }), mode.fixed)).toBe(false);
    expect(compatible(when({ penanganan: ['macet'] }), mode.fixed)).toBe(false);
    expect(compatible(when({ 'apa-terjadi': ['abh'], usia: ['anak', 'tidak-tahu'] }), mode.fixed)).toBe(true);
    expect(compatible(when({ 'apa-terjadi': ['napza'], not: { usia: ['dewasa'] } }), mode.fixed)).toBe(true);
    expect(compatible(when({ not: { usia: ['anak'] } }), mode.fixed)).toBe(false);
    expect(compatible(undefined, mode.fixed)).toBe(true);
  });
});

describe('the letter to a trusted adult', () => {
  const letter = flow.child!.letter;

  it('is built from choices: the greeting, the chosen sentences in order, the closing, the emergency numbers and where the advice comes from', async () => {
    const result = screeningResult(model, flow, { usia: ['anak'], 'apa-terjadi': ['kekerasan'], 'di-mana': ['rumah'] }, await place('32.05'));
    const kejadian = happenedText(childQuestions(model.questions, flow.interludes).questions, { 'apa-terjadi': ['kekerasan', 'perundungan'] });
    expect(kejadian).toBe('aku dipukul, disakiti, diancam, atau terus-menerus dihina; aku dirundung (di-bully) oleh anak lain');
    const langkah = firstContacts(result.path, contactById);
    // Garut's UPTD PPA has no sourced channel; the province's has a WhatsApp line, so the letter gives that one.
    expect(langkah).toBe('UPTD PPA Provinsi Jawa Barat (WhatsApp 0852-2220-6777); Polisi 110 (telepon 110)');
    const paragraphs = letterParagraphs(letter, { untuk: ['guru'], cerita: ['jawaban'], perasaan: ['takut', 'bingung', 'malu'], minta: ['temani', 'aman'], kapan: ['sekarang'] }, { kejadian, langkah }, contacts);
    expect(paragraphs[0]).toBe('Untuk Bapak atau Ibu Guru,');
    expect(paragraphs[1]).toBe(
      `Aku ingin bercerita tentang sesuatu yang terjadi: ${kejadian}. Aku merasa takut, bingung, dan malu. Tolong temani aku menghubungi yang bisa menolong. Menurut Pedoman KPAI, kita bisa menghubungi: ${langkah}. Tolong bantu aku supaya aman. Bisakah kita bicara hari ini, berdua saja?`,
    );
    expect(paragraphs[2]).toBe(letter.closing);
    expect(paragraphs[3]).toMatch(/^Bila anak dalam bahaya sekarang: Polisi 110/);
    expect(paragraphs[4]).toContain('bukan penilaian atau keputusan KPAI');
  });

  it('leaves out what was not chosen, and says nothing of what happened when the child will tell it in person', () => {
    const paragraphs = letterParagraphs(letter, { cerita: ['langsung'] }, { kejadian: 'RAHASIA', langkah: 'X' }, contacts);
    expect(paragraphs[0]).toBe('Ada sesuatu yang terjadi padaku, dan aku ingin menceritakannya langsung kepadamu.');
    expect(paragraphs.join(' ')).not.toContain('RAHASIA');
  });

  it('joins a list the Indonesian way', () => {
    expect([list(['takut']), list(['takut', 'sedih']), list(['takut', 'sedih', 'marah'])]).toEqual(['takut', 'takut dan sedih', 'takut, sedih, dan marah']);
  });
});
