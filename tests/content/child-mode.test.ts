import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContentDir } from '../../src/integrations/read-content';

const fixtures = join(import.meta.dirname, '../fixtures/content');
const check = (name: string) => checkContentDir(join(fixtures, name), join(fixtures, name)).map((e) => `${e.file} ${e.field}: ${e.reason}`);

describe('content checks: child mode and what happens after reporting', () => {
  it('names every gap in child mode: a question with no child form, an option not in a child’s words, an answer that does not exist, a step a child reaches with no summary, a promise citing nothing, an unknown letter placeholder', () => {
    expect(check('child-mode')).toEqual([
      'tools/routing/questions.yaml bahaya.child.options: pilihan "tidak" belum ditulis dengan kata-kata anak',
      'tools/routing/questions.yaml usia.child.skip: jawaban "remaja" tidak ada pada pertanyaan ini (yang ada: anak, dewasa)',
      'tools/routing/questions.yaml keadaan.child: wajib ada untuk bagian "Untuk anak": tulis pertanyaan ini dengan kata-kata anak, atau "skip" dengan jawaban yang dipakai',
      'tools/routing/steps.yaml sapa-129.child: anak dapat sampai ke langkah ini: tulis judul dan ringkasannya dengan kata-kata anak (child.title, child.text)',
      'tools/screening/flow.yaml child.promise.items.1.clause: /dokumen/contoh/#rahasia: bagian itu tidak ada di versi terkini dokumen "contoh"',
      'tools/screening/flow.yaml child.letter.parts.untuk.options.ibu.text: "{nama}" tidak dikenal (yang ada: {kejadian}, {langkah})',
    ]);
  });

  it('refuses a time of reporting without its source, and a destination that does not say what happens next', () => {
    expect(check('missing-after')).toEqual([
      'tools/routing/destinations.yaml sapa-129.after.next: tulis apa yang dilakukan layanan ini sesudah orang melapor (tertulis: \"Menelaah.\")',
      'tools/routing/destinations.yaml sapa-129.after.source: sebutkan sumber lama waktunya, misalnya "menurut pemberitaan"',
    ]);
  });
});
