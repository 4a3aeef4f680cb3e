import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContentDir } from '../../src/integrations/read-content';

// tests/fixtures/content/instruments is a small valid tree: an SOP whose Pasal 3 lists two instruments, and their
// files. Each test copies it, makes one mistake an editor could make, and expects exactly one message naming the
// file, the field (with its line) and the reason in Indonesian.
const fixture = join(import.meta.dirname, '../fixtures/content/instruments');
const scratch = mkdtempSync(join(tmpdir(), 'instrumen-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let n = 0;
function withMistake(file: string, edit: (text: string) => string): string[] {
  const dir = join(scratch, `kasus-${++n}`);
  cpSync(fixture, dir, { recursive: true });
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`the edit changed nothing in ${file}`);
  writeFileSync(path, after);
  return checkContentDir(dir, dir).map((e) => `${e.file}${e.line ? `:${e.line}` : ''} ${e.field}: ${e.reason}`);
}

const PENERIMAAN = 'instruments/lembar-penerimaan/0.1.yaml';

describe('instrument content checks', () => {
  it('accepts the valid fixture', () => {
    expect(checkContentDir(fixture, fixture)).toEqual([]);
  });

  it('refuses a field kind that does not exist, saying which kinds do', () => {
    expect(withMistake(PENERIMAAN, (t) => t.replace('kind: teks', 'kind: angka'))).toEqual([
      `${PENERIMAAN}:13 isian "anak-inisial" › kind: jenis isian tidak dikenal; yang ada: teks, tanggal, pilihan, centang, tanda-tangan, uraian (tertulis: "angka")`,
    ]);
  });

  it('refuses a field id used twice in one instrument, naming the section that has it', () => {
    expect(withMistake(PENERIMAAN, (t) => t.replace('- id: kronologi\n        label', '- id: anak-inisial\n        label'))).toEqual([
      `${PENERIMAAN}:24 isian "anak-inisial": id isian ini sudah dipakai di bagian "anak"; id isian harus unik dalam satu instrumen`,
    ]);
  });

  it('refuses a basis naming an element the clause does not have, listing those it has', () => {
    expect(withMistake(PENERIMAAN, (t) => t.replace('pencatatan-registrasi#1.anak', 'pencatatan-registrasi#1.anakk'))).toEqual([
      `${PENERIMAAN}:15 isian "anak-inisial" › basis: Pasal 2 (pencatatan-registrasi) di SOP versi 0.1 tidak punya unsur "1.anakk" (yang ada: 1, 1.anak, 1.kronologi, 2)`,
    ]);
  });

  it('refuses a basis naming a clause that is not in the SOP version the instrument implements', () => {
    expect(withMistake(PENERIMAAN, (t) => t.replace('basis: penerimaan#1', 'basis: pengaduan#1'))).toEqual([
      `${PENERIMAAN}:20 isian "saluran" › basis: bagian "pengaduan" tidak ada di SOP versi 0.1`,
    ]);
  });

  it('refuses a code list that does not exist, listing the lists there are', () => {
    expect(withMistake(PENERIMAAN, (t) => t.replace('codes: saluran', 'codes: kanal'))).toEqual([
      `${PENERIMAAN}:19 isian "saluran" › codes: daftar kode "kanal" tidak ada (yang ada: klaster, kategori-pka, tahap, tindak-lanjut, status-tahapan, saluran)`,
    ]);
  });

  it('refuses a code list the SOP no longer enumerates, saying where it was read from', () => {
    const errors = withMistake('documents/sop-pengaduan/0.1.mdx', (t) => t.replace('saluran resmi KPAI, yaitu', 'saluran resmi KPAI seperti'));
    expect(errors).toEqual([
      `${PENERIMAAN}:19 isian "saluran" › codes: daftar kode "saluran" dibaca dari kalimat di bagian "penerimaan" SOP versi 0.1, yang tidak ditemukan`,
    ]);
  });

  it('refuses an instrument that leaves out an element the SOP says it must record, saying how to add it', () => {
    const errors = withMistake(PENERIMAAN, (t) => t.replace(/  - id: kronologi\n[\s\S]*$/, ''));
    expect(errors).toEqual([
      `${PENERIMAAN}:8 (unsur wajib): SOP 0.1 Pasal 2 ayat (1) unsur “Kronologi” wajib dicatat instrumen ini, tetapi belum ada isian yang merujuknya: tambahkan isian dengan basis "pencatatan-registrasi#1.kronologi"`,
    ]);
  });

  it('reports a mistyped citation once, not also as the element it left uncovered', () => {
    expect(withMistake(PENERIMAAN, (t) => t.replace('pencatatan-registrasi#1.kronologi', 'pencatatan-registrasi#1.kronolog'))).toHaveLength(1);
  });

  it('refuses a new element in the SOP that no instrument records yet', () => {
    const errors = withMistake('documents/sop-pengaduan/0.1.mdx', (t) => t.replace('| Kronologi | apa, kapan, di mana |', '| Kronologi | apa, kapan, di mana |\n| Bukti | dokumen yang dimiliki Pengadu |'));
    expect(errors).toEqual([
      `${PENERIMAAN}:8 (unsur wajib): SOP 0.1 Pasal 2 ayat (1) unsur “Bukti” wajib dicatat instrumen ini, tetapi belum ada isian yang merujuknya: tambahkan isian dengan basis "pencatatan-registrasi#1.bukti"`,
    ]);
  });

  it('refuses an instrument in the SOP’s list that has no file', () => {
    const errors = withMistake('documents/sop-pengaduan/0.1.mdx', (t) => t.replace('| lembar terminasi |', '| catatan pemantauan | tanggal dan hasil | pemantauan | Pengelola Kasus |\n| lembar terminasi |'));
    expect(errors).toEqual([
      'instruments/ (instrumen SOP 0.1): SOP 0.1 Pasal 3 ayat (1) instrumen “catatan pemantauan” belum punya berkas instrumen: buat instruments/<id>/0.1.yaml dengan basis "instrumen-dokumentasi#1.catatan-pemantauan"',
    ]);
  });

  it('refuses a citation of another document whose version the instrument does not name', () => {
    expect(withMistake(PENERIMAAN, (t) => t.replace('basis: penerimaan#1', 'basis: contoh:tujuan'))).toEqual([
      `${PENERIMAAN}:20 isian "saluran" › basis: "contoh:tujuan" merujuk dokumen "contoh": sebutkan versinya di "documents" (contoh: contoh: "0.1")`,
    ]);
  });

  it('accepts that citation once the version is named', () => {
    expect(withMistake(PENERIMAAN, (t) => t.replace('basis: penerimaan#1', 'basis: [penerimaan#1, contoh:tujuan]').replace('sections:', 'documents:\n  contoh: "0.1"\nsections:'))).toEqual([]);
  });

  it('refuses an instrument for an SOP version that does not exist', () => {
    expect(withMistake(PENERIMAAN, (t) => t.replace('sop: "0.1"', 'sop: "0.9"'))).toEqual([
      `${PENERIMAAN}:2 sop: SOP Layanan Pengaduan versi "0.9" tidak ada (yang ada: 0.1)`,
    ]);
  });

  it('refuses a stage that is not a step of the complaint flow', () => {
    expect(withMistake(PENERIMAAN, (t) => t.replace('stage: penerimaan', 'stage: awal'))).toEqual([
      `${PENERIMAAN}:5 stage: tahap "awal" tidak ada (yang ada: penerimaan, penentuan-tindak-lanjut, rujukan, mediasi, terminasi)`,
    ]);
  });

  it('refuses a choice without choices', () => {
    expect(withMistake(PENERIMAAN, (t) => t.replace('        codes: saluran\n', ''))).toEqual([
      `${PENERIMAAN}:16 isian "saluran" › options: isian "pilihan" butuh tepat satu dari "options" (daftar pilihan) atau "codes" (daftar kode)`,
    ]);
  });

  it('reports unreadable YAML with its line instead of crashing', () => {
    const [error, ...rest] = withMistake(PENERIMAAN, (t) => t.replace('  - id: anak\n', '  - id: anak\n   title: [\n'));
    expect(rest).toEqual([]);
    expect(error).toMatch(/^instruments\/lembar-penerimaan\/0\.1\.yaml:\d+ \(YAML\): /);
  });
});
