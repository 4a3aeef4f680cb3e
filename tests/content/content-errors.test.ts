import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { checkContent, checkContentDir } from '../../src/integrations/read-content';
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
        line: 3,
        column: 10,
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
      { file: 'contacts.yaml', field: 'sapa-129.channels[0].source', reason: 'wajib diisi', line: 7, column: 7 },
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

  it('reads hours as sources print them, and names each mistake in them in Indonesian', () => {
    const dir = join(fixtures, 'contact-hours');
    expect(checkContentDir(dir, dir, undefined, '2026-12-01').map((e) => `${e.file} ${e.field}: ${e.reason}`)).toEqual([
      'contacts.yaml hari-salah.channels[0].hours.open[0]: hari "senn" tidak dikenal; tulis Senin, Selasa, Rabu, Kamis, Jumat, Sabtu atau Minggu, rentang "Senin–Jumat", "hari kerja" atau "setiap hari"',
      'contacts.yaml tanpa-zona.channels[0].hours.zone: sebutkan zona waktu layanan: WIB, WITA atau WIT',
      'contacts.yaml jam-mustahil.channels[0].hours.open[0]: jam "07.00–25.00" tidak ada; jam ditulis dari 00.00 sampai 24.00',
      'services/regional.yaml kpad-contoh.noUptdPpa: hanya untuk dinas yang menangani pengaduan (kind: dinas-pppa) di daerah yang menurut sumbernya belum memiliki UPTD PPA (tertulis: true)',
    ]);
  });

  it('refuses published figures that do not add up without a note, and names what they cite that does not exist', () => {
    expect(check('broken-figures').map((e) => `${e.file} ${e.field}: ${e.reason}`)).toEqual([
      'figures/complaints.yaml sources[1]: sumber "tidak-dipakai" tidak dipakai angka mana pun; hapus, atau sebutkan di angka yang memuatnya',
      'figures/complaints.yaml figures[0]: angka 2023 untuk "Jumlah pengaduan" (3.883) tidak sama dengan jumlah bagiannya (3.902): tulis catatan di "notes" dengan period "2023" dan about yang memuat "jumlah", yang menjelaskannya kepada pembaca',
      'figures/complaints.yaml categories[1].term: istilah "pha" tidak ada di daftar istilah',
    ]);
  });

  it('reports unreadable YAML once, in Indonesian, on the line where the mistake was made', () => {
    // The parser stumbles on line 7; the bracket left open is on line 6.
    expect(check('bad-yaml')).toEqual([
      { file: 'documents/contoh/0.1.mdx', field: '(YAML)', line: 6, column: 10, reason: 'tanda [ dibuka di sini tetapi tidak ditutup dengan ] di baris yang sama' },
    ]);
  });

  it('refuses a version filed in another document’s folder', () => {
    expect(check('wrong-folder')).toContainEqual({
      file: 'documents/contoh/0.2.mdx',
      field: 'document',
      reason: 'berkas ada di folder "contoh" tetapi menyebut dokumen "lain"',
      line: 2,
      column: 11,
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
      { file: 'flows.yaml', field: 'alur-rusak.steps[0].next[0].to', reason: 'langkah "telaah" tidak ada di alur ini', line: 8, column: 20 },
      { file: 'flows.yaml', field: 'alur-rusak.steps[1]', reason: 'langkah "yatim" tidak dapat dicapai dari langkah pertama', line: 9, column: 7 },
      { file: 'flows.yaml', field: 'alur-rusak.steps', reason: 'alur tidak punya langkah akhir (langkah tanpa "next")', line: 5, column: 5 },
    ]);
  });

  it('refuses a clause id that vanishes from one version to the next without saying where it went, by file and line', () => {
    expect(check('former-clauses').map((e) => `${e.file} ${e.line ?? '-'} ${e.field}: ${e.reason}`)).toEqual([
      'documents/contoh/0.2.mdx 10 formerClauses[0].movedTo: bagian {#waktu-layanan} tidak ada di versi ini (tulis id bagian tempat isinya sekarang)',
      'documents/contoh/0.2.mdx 9 formerClauses: bagian {#ruang-lingkup} ("Pasal 2 — Ruang Lingkup") ada di versi 0.1 tetapi tidak ada di versi ini: tulis di "formerClauses" ke mana bagian itu pindah ("- id: ruang-lingkup" lalu "movedTo: <id baru>") atau bahwa bagian itu dihapus beserta alasannya ("removed: <alasan>"), agar tautan lama tetap sampai',
      'documents/contoh/0.3.mdx 8 formerClauses: bagian {#penutup} ("Pasal 3 — Penutup") ada di versi 0.2 tetapi tidak ada di versi ini: tulis di "formerClauses" ke mana bagian itu pindah ("- id: penutup" lalu "movedTo: <id baru>") atau bahwa bagian itu dihapus beserta alasannya ("removed: <alasan>"), agar tautan lama tetap sampai',
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

  it('names a source without a date, a correction that does not say what it corrects, and an unknown field', () => {
    expect(check('provenance-fields')).toEqual([
      { file: 'documents/contoh/0.1.mdx', field: 'drawnFrom[1].date', reason: 'wajib diisi', line: 10, column: 5 },
      {
        file: 'documents/contoh/0.1.mdx',
        field: 'corrections[1].note',
        reason: 'tulis apa yang dikoreksi dan mengapa, paling sedikit satu kalimat (tertulis: "Pendek")',
        line: 13,
        column: 31,
      },
      { file: 'documents/contoh/0.1.mdx', field: 'corrections[1].by', reason: 'kolom tidak dikenal (salah ketik, atau kolom yang tidak dipakai lagi?)', line: 13, column: 45 },
    ]);
  });

  it('refuses a source dated after the text drawn from it, a span that ends before it starts, and a correction older than the text', () => {
    // The mistake this guards against: a draft dated with the day of the workshop it was drawn from.
    expect(check('provenance-dates')).toEqual([
      {
        file: 'documents/contoh/0.1.mdx',
        field: 'drawnFrom[1].date',
        reason: 'sumber tidak mungkin lebih baru daripada naskah yang disusun darinya: 2027-01-05 sesudah tanggal versi 2026-11-24 (tertulis: "2027-01-05")',
        line: 10,
        column: 48,
      },
      {
        file: 'documents/contoh/0.1.mdx',
        field: 'drawnFrom[2].until',
        reason: 'hari terakhir (2023-09-19) tidak boleh sebelum hari pertama (2023-09-20) (tertulis: "2023-09-19")',
        line: 11,
        column: 61,
      },
      {
        file: 'documents/contoh/0.1.mdx',
        field: 'corrections[1].date',
        reason: 'koreksi tidak mungkin dibuat sebelum naskahnya ditulis: 2026-11-01 sebelum tanggal versi 2026-11-24 (tertulis: "2026-11-01")',
        line: 14,
        column: 13,
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

  it('names every id the eligibility data gets wrong, each with its field and why', () => {
    expect(check('broken-eligibility').map((e) => `${e.file} ${e.field}: ${e.reason}`)).toEqual([
      'tools/eligibility/criteria.yaml legalitas.appliesTo: jenis mitra "koperasi" tidak ada (yang ada: yayasan, kampus)',
      'tools/eligibility/criteria.yaml legalitas.level[0].when.verdicts: "verdicts" tidak dapat dipakai di sini: yang boleh hanya kinds, anyYes, noneYes',
      'tools/eligibility/criteria.yaml legalitas.choices: belum ada pilihan dengan kesiapan "bantuan"; setiap kriteria menawarkan keempat tingkat kesiapan',
      'tools/eligibility/criteria.yaml legalitas.choices[1].result: pasal kriteria ini tidak mengizinkan komitmen tertulis sebagai pengganti; tulis "commitment: true" hanya bila pasalnya mengizinkan',
      'tools/eligibility/criteria.yaml formRules[0].when.anyYes: pertanyaan rencana "detail" tidak ada (yang ada: rinci)',
      'tools/eligibility/criteria.yaml formRules[1].when.forms: "forms" tidak dapat dipakai di sini: yang boleh hanya kinds, verdicts, anyYes, noneYes',
      'tools/eligibility/criteria.yaml formRules[1].form: bentuk kemitraan "kerjasama" tidak ada (yang ada: pks, mou)',
      'tools/eligibility/criteria.yaml forms.pks: bentuk ini tidak punya satu pun langkah di process',
      'tools/eligibility/criteria.yaml forms.mou: bentuk ini tidak dipilih aturan mana pun di formRules',
      'tools/eligibility/criteria.yaml forms.mou.agreements[0].agreement: naskah "nota" tidak ada (yang ada: pks)',
      'tools/eligibility/criteria.yaml forms.mou: bentuk ini tidak punya satu pun langkah di process',
      'tools/eligibility/criteria.yaml agreements.pks.para-pihak.text[0]: penanda "{nama-lembaga}" tidak dikenal; di dalam kalimat: {jenis-mitra}; sebagai paragraf sendiri: {tujuan}, {bidang}, {perbaikan}',
      'tools/eligibility/criteria.yaml process.permohonan.forms: bentuk kemitraan "mou-lama" tidak ada (yang ada: pks, mou)',
      'tools/eligibility/criteria.yaml safeguarding.kebijakan.criterion: kriteria "kebijakan-anak" tidak ada (yang ada: legalitas)',
      'tools/eligibility/criteria.yaml partnerKinds: jenis mitra "kampus" tidak punya kriteria',
      'tools/eligibility/criteria.yaml legalitas.help.clause: /dokumen/lain/#tujuan: harus menunjuk ke bagian pedoman "contoh"',
      'tools/eligibility/criteria.yaml safeguarding.kebijakan.ethics[0]: /dokumen/contoh/#tidak-ada: bagian itu tidak ada di versi terkini dokumen "contoh"',
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

  describe('the mistakes editors make, each with one message in Indonesian, on its line', () => {
    it('a byte that is not UTF-8 (a file saved from another program)', () => {
      expect(check('not-utf8')).toEqual([
        {
          file: 'documents/contoh/0.1.mdx',
          field: '(pengodean)',
          line: 12,
          column: 45,
          reason: 'berkas ini bukan UTF-8: ada huruf yang disimpan dengan pengodean lain (misalnya dari Word atau Windows-1252). Simpan ulang berkas sebagai UTF-8, lalu periksa huruf di baris ini',
        },
      ]);
    });

    it('one wrong indentation in contacts.yaml: one message, and no knock-on blame on the document that uses the contact', () => {
      expect(check('bad-indent-contacts')).toEqual([
        { file: 'contacts.yaml', field: '(YAML)', line: 9, column: 1, reason: 'jarak dari kiri (indentasi) baris ini tidak sama dengan kolom lain di tingkat yang sama' },
      ]);
    });

    it('a front-matter mistake in a newer version blames that file alone, not the untouched older one', () => {
      expect(check('newer-version-broken')).toEqual([
        { file: 'documents/contoh/0.2.mdx', field: 'status', line: 4, column: 9, reason: 'harus salah satu dari: draf, berlaku, diganti, dicabut (tertulis: "final")' },
      ]);
    });

    it('an unclosed component, in words an editor can act on', () => {
      expect(check('mdx-unclosed')).toEqual([
        {
          file: 'documents/contoh/0.1.mdx',
          field: '(MDX)',
          line: 12,
          column: 1,
          reason: 'komponen <Callout> dibuka di sini tetapi tidak ditutup: tambahkan </Callout> setelah isinya, atau tulis <Callout … /> bila tanpa isi',
        },
      ]);
    });

    it('a link to a clause that no version has, by file and line, before any page is written', () => {
      expect(check('broken-link')).toEqual([
        { file: 'documents/contoh/0.1.mdx', field: 'tautan /dokumen/contoh/#tidak-ada', line: 14, reason: 'bagian #tidak-ada tidak ada di versi mana pun dokumen "contoh"' },
      ]);
    });

    it('a value too short: the schema’s limit said in Indonesian, with what was written', () => {
      expect(check('short-text')).toEqual([{ file: 'contacts.yaml', field: 'sapa-129.name', line: 2, column: 9, reason: 'terlalu pendek: paling sedikit 2 karakter (tertulis: "S")' }]);
    });

    it('a very large document builds, with a warning that gives its size and the limit', () => {
      const dir = mkdtempSync(join(tmpdir(), 'besar-'));
      cpSync(join(fixtures, 'valid'), dir, { recursive: true });
      const big = `---\ndocument: contoh\nversion: "0.1"\nstatus: draf\ndate: 2023-09-20\nchanges: ["Draf awal."]\nlegalBasis: ["UU 35/2014"]\n---\n\n## Tujuan {#tujuan}\n\n${'Perlindungan anak. '.repeat(280_000)}\n`;
      writeFileSync(join(dir, 'documents/contoh/0.1.mdx'), big);
      const { errors, warnings } = checkContent(dir, dir);
      expect(errors).toEqual([]);
      expect(warnings).toEqual([
        {
          file: 'documents/contoh/0.1.mdx',
          field: '(ukuran)',
          reason: 'berkas ini 5,1 MB, lebih dari batas 250 KB: halamannya berat dibuka di ponsel dan indeks pencarian membengkak; pecah menjadi beberapa dokumen atau bab',
        },
      ]);
    });
  });
});
