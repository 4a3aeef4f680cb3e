import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkContentDir } from '../../src/lib/content/read-corpus';
import { formatContentErrors } from '../../src/lib/content/errors';
import { regionCodes } from '../../src/site/regions';

// Each fixture under tests/fixtures/content is a small content tree with one deliberate mistake.
const fixtures = join(import.meta.dirname, '../fixtures/content');
const check = (name: string) => checkContentDir(join(fixtures, name), join(fixtures, name));

describe('content checks over broken fixtures', () => {
  it('accepts the valid fixture', () => {
    expect(check('valid')).toEqual([]);
  });

  it('names every missing field of a version file', () => {
    expect(check('missing-field')).toEqual([
      { file: 'documents/contoh/0.1.mdx', field: 'date', reason: 'wajib diisi' },
      { file: 'documents/contoh/0.1.mdx', field: 'changes', reason: 'wajib diisi' },
    ]);
  });

  it('says which values a status may take and what was written', () => {
    const [error] = check('invalid-status');
    expect(error).toMatchObject({ file: 'documents/contoh/0.1.mdx', field: 'status' });
    expect(error?.reason).toContain('draf, berlaku, diganti, dicabut');
    expect(error?.reason).toContain('"final"');
  });

  it('refuses two files claiming the same document and version, naming both', () => {
    expect(check('duplicate-version')).toEqual([
      {
        file: 'documents/contoh/0.1.mdx',
        field: 'version',
        reason: 'versi "0.1" dokumen "contoh" sudah dinyatakan oleh documents/contoh/0.1-salinan.mdx',
      },
    ]);
  });

  it('refuses a version naming a document that is not registered', () => {
    const errors = check('unknown-document');
    expect(errors[0]).toMatchObject({ file: 'documents/contoh/0.1.mdx', field: 'document' });
    expect(errors[0]?.reason).toContain('dokumen "tidak-ada" tidak terdaftar');
    // …and the registered document is then left without a version.
    expect(errors[1]).toMatchObject({ file: 'documents.yaml', field: 'contoh' });
  });

  it('refuses a contact channel without a source', () => {
    expect(check('contact-without-source')).toEqual([
      { file: 'contacts.yaml', field: 'sapa-129.channels[0].source', reason: 'wajib diisi' },
    ]);
  });

  it('checks a contact’s two dates and its unconfirmed mark, one message per mistake', () => {
    const dir = join(fixtures, 'contact-dates');
    expect(checkContentDir(dir, dir, undefined, '2026-12-01').map((e) => `${e.file} ${e.field}: ${e.reason}`)).toEqual([
      // The old field name is one mistake: not also "sourceDate is missing".
      'contacts.yaml nama-lama.channels[0].verifiedAt: kolom ini sudah diganti: tulis tanggal terbit sumbernya di "sourceDate", dan tanggal seseorang memeriksa kanal itu langsung di "checkedAt" (boleh dikosongkan)',
      'contacts.yaml periksa-bulan.channels[0].checkedAt: harus berupa tanggal pemeriksaan lengkap YYYY-MM-DD (contoh: 2026-12-03); biarkan kosong bila belum ada yang memeriksa (tertulis: "2026-12")',
      'contacts.yaml belum-diperiksa.channels[0].unconfirmed: tulis "unconfirmed: true", atau hapus kolom ini (tertulis: false)',
      'contacts.yaml masa-depan.channels[0].sourceDate: tanggal terbit sumber "2099" belum terjadi (hari ini 2026-12-01); tulis tanggal yang tercetak di sumbernya',
      'contacts.yaml masa-depan.channels[0].checkedAt: tanggal pemeriksaan "2099-01-01" belum terjadi (hari ini 2026-12-01); tulis tanggal pemeriksaan itu benar-benar dilakukan',
      'contacts.yaml sudah-diperiksa.channels[0].unconfirmed: kanal ini sudah diperiksa langsung (checkedAt), jadi tidak lagi "belum dipastikan": hapus "unconfirmed: true", atau hapus checkedAt bila pemeriksaan itu gagal',
      'services/regional.yaml kpad-contoh.checkedAt: tanggal pemeriksaan "2099-12-31" belum terjadi (hari ini 2026-12-01); tulis tanggal pemeriksaan itu benar-benar dilakukan',
    ]);
  });

  it('refuses published figures that do not add up without a note, and names what they cite that does not exist', () => {
    expect(check('broken-figures').map((e) => `${e.file} ${e.field}: ${e.reason}`)).toEqual([
      'figures/complaints.yaml sources[1]: sumber "tidak-dipakai" tidak dipakai angka mana pun; hapus, atau sebutkan di angka yang memuatnya',
      'figures/complaints.yaml figures[0]: angka 2023 untuk "Jumlah pengaduan" (3.883) tidak sama dengan jumlah bagiannya (3.902): tulis catatan di "notes" dengan period "2023" dan about yang memuat "jumlah", yang menjelaskannya kepada pembaca',
      'figures/complaints.yaml categories[1].term: istilah "pha" tidak ada di daftar istilah',
    ]);
  });

  it('reports unreadable YAML with the file instead of crashing', () => {
    const [error] = check('bad-yaml');
    expect(error).toMatchObject({ file: 'documents/contoh/0.1.mdx', field: '(YAML)' });
    expect(error?.reason).toMatch(/^YAML tidak dapat dibaca/);
  });

  it('refuses a version filed in another document’s folder', () => {
    expect(check('wrong-folder')).toContainEqual({
      file: 'documents/contoh/0.2.mdx',
      field: 'document',
      reason: 'berkas ada di folder "contoh" tetapi menyebut dokumen "lain"',
    });
  });

  it('refuses an explicit clause id used twice in one version, naming both lines', () => {
    expect(check('duplicate-clause-id')).toEqual([
      {
        file: 'documents/contoh/0.1.mdx',
        field: '{#tujuan} (baris 18)',
        reason: 'id klausul ini sudah dipakai di baris 10; id klausul harus unik dalam satu versi',
      },
    ]);
  });

  it('refuses a contact, term or flow id that does not exist, with its line', () => {
    const errors = check('unknown-reference');
    expect(errors.map((e) => e.field)).toEqual(['<Contact id="sapa-130"> (baris 14)', '<Term id="abh"> (baris 14)', '<Flow id="alur-tidak-ada"> (baris 16)']);
    expect(errors[0]?.reason).toBe('"sapa-130" tidak ada di contacts.yaml (yang ada: sapa-129)');
    expect(errors[1]?.reason).toBe('"abh" tidak ada di glossary.yaml (yang ada: uptd-ppa)');
  });

  it('refuses a flow whose steps point nowhere or cannot be reached', () => {
    expect(check('broken-flow')).toEqual([
      { file: 'flows.yaml', field: 'alur-rusak.steps[0].next[0].to', reason: 'langkah "telaah" tidak ada di alur ini' },
      { file: 'flows.yaml', field: 'alur-rusak.steps[1]', reason: 'langkah "yatim" tidak dapat dicapai dari langkah pertama' },
      { file: 'flows.yaml', field: 'alur-rusak.steps', reason: 'alur tidak punya langkah akhir (langkah tanpa "next")' },
    ]);
  });

  it('refuses a current version that lacks a section the registry requires', () => {
    expect(check('missing-required')).toEqual([
      {
        file: 'documents/contoh/0.1.mdx',
        field: '(bagian wajib)',
        reason: 'versi terkini "Dokumen Contoh" belum memuat bagian wajib: {#ruang-lingkup} (lihat "required" di documents.yaml)',
      },
    ]);
  });

  it('formats errors grouped by file, one line per field', () => {
    expect(formatContentErrors(check('missing-field'))).toBe(
      'Isi situs tidak valid (2 masalah). Perbaiki lalu jalankan build lagi.\n\n' +
        'documents/contoh/0.1.mdx\n  - date: wajib diisi\n  - changes: wajib diisi',
    );
  });

  it('refuses routing files that break their schema, saying how to mend them, one message per mistake', () => {
    expect(check('broken-routing').map((e) => `${e.file} ${e.field}: ${e.reason}`)).toEqual([
      'services/regional.yaml kpad-contoh.channels[0].source: wajib diisi',
      'tools/routing/questions.yaml usia.type: harus salah satu dari: single, multiple, place (tertulis: "pilihan")',
      'tools/routing/destinations.yaml sapa-129.what: wajib diisi',
      'tools/routing/rules.yaml routes[0].when: aturan terakhir adalah aturan bawaan dan tidak boleh bersyarat: hapus "when"',
    ]);
  });

  it('names routing rules that point at nothing, destinations with no way in, unused steps, unexplained abbreviations and unknown region codes', async () => {
    const errors = checkContentDir(join(fixtures, 'routing-references'), join(fixtures, 'routing-references'), await regionCodes());
    expect(errors.map((e) => `${e.file} ${e.field}: ${e.reason}`)).toEqual([
      'services/regional.yaml kpad-contoh.region: kode wilayah "99.99" tidak ada dalam data wilayah Kemendagri (idn-area-data)',
      'tools/routing/destinations.yaml kantor.fallback: tujuan tanpa kontak nasional wajib menyebut "fallback": layanan nasional yang menghubungkan orang bila kanal tujuan ini tidak ada',
      'tools/routing/destinations.yaml kantor.clause: /dokumen/contoh/#tidak-ada: bagian itu tidak ada di versi terkini dokumen "contoh"',
      'tools/routing/steps.yaml sapa-129.contacts: kontak "polisi" tidak ada di contacts.yaml',
      'tools/routing/steps.yaml kantor.destination: tujuan "kantor-lain" tidak ada di destinations.yaml',
      'tools/routing/rules.yaml urgent.bahaya.when.darurat: pertanyaan "darurat" tidak ada (yang ada: usia; kata khusus: not, region)',
      'tools/routing/rules.yaml urgent.bahaya.when.usia: jawaban "remaja" tidak ada pada pertanyaan "usia" (yang ada: anak, dewasa)',
      'tools/routing/rules.yaml urgent.bahaya.steps: langkah "telepon-112" tidak ada di steps.yaml',
      'tools/routing/steps.yaml kantor: langkah ini tidak dipakai aturan mana pun di rules.yaml',
      'tools/routing/steps.yaml sapa-129: singkatan "LPSK" belum dijelaskan: tambahkan ke glossary.yaml (term, expansion, atau aliases), atau tulis kepanjangannya',
    ]);
  });

  it('runs the canonical situations through the rules and names each row they do not hold for', () => {
    expect(check('routing-situation').map((e) => `${e.file} ${e.field}: ${e.reason}`)).toEqual([
      'tools/routing/situations.yaml contoh.first: aturan mengirim ke "sapa-129" lebih dulu, bukan "kantor" (jalur: sapa-129)',
      'tools/routing/situations.yaml jawaban-salah.answers.usia: jawaban "remaja" tidak ada pada pertanyaan "usia"',
    ]);
  });
});
