import { describe, expect, it } from 'vitest';
import { codeListsCsv, dictionaryCsv, dictionaryOf, dictionarySchema } from '../../../src/lib/instruments/dictionary';
import { compareInstruments } from '../../../src/lib/instruments/compare';
import { citationView, footerRule, listedFacts } from '../../../src/lib/instruments/basis';
import { fieldsOf, partOf, viewOf } from '../../../src/lib/instruments/view';
import { instrument, instrumentIds, lists02, texts } from './load';

const footer = { rule: 'aturan', stamp: 'cap' };

describe('the fourteen instruments of SOP 0.2', () => {
  it('are all there, each implementing SOP 0.2', () => {
    expect(instrumentIds).toHaveLength(14);
    for (const id of instrumentIds) expect(instrument(id).sop).toBe('0.2');
  });

  it('say who fills them in and at which stage in the SOP’s own words', () => {
    expect(listedFacts(texts, instrument('lembar-penerimaan'))).toEqual({
      contents: 'unsur dalam Pasal 12 ayat (2), termasuk langkah keselamatan dan persetujuan',
      stage: 'penerimaan',
      filledBy: 'Petugas Penerima',
    });
  });

  it('carry the confidentiality rule of Pasal 30 ayat (3) in the version’s own words', () => {
    expect(footerRule(texts, '0.2')).toBe('Instrumen yang dikirim ke luar KPAI memuat inisial Anak, bukan nama lengkap, kecuali lembaga tujuan memerlukannya untuk memberi layanan.');
  });

  it('cite every field’s basis by document, version, clause and element', () => {
    expect(citationView(texts, instrument('surat-rujukan'), 'panduan-rujukan:data-rujukan#1.a')).toEqual({
      doc: 'panduan-rujukan',
      version: '0.2',
      clause: 'data-rujukan',
      element: '1.a',
      where: 'Pasal 24 ayat (1) huruf a',
      quote: 'inisial, usia, jenis kelamin, dan disabilitas Anak apabila ada;',
    });
  });
});

describe('viewOf', () => {
  it('resolves code lists and gathers sections into printed parts', () => {
    const view = viewOf(instrument('surat-rujukan'), lists02, footer);
    expect(view.parts.map((p) => [p.title, p.outside])).toEqual([
      ['Surat rujukan', true],
      ['Catatan rujukan', false],
    ]);
    expect(partOf(view, 'Surat rujukan').parts).toHaveLength(1);
    const saluran = fieldsOf(viewOf(instrument('lembar-penerimaan'), lists02, footer)).find((f) => f.id === 'saluran')!;
    expect(saluran.codeList).toBe('saluran');
    expect(saluran.options?.[0]).toEqual({ code: 'kedatangan-langsung', label: 'kedatangan langsung' });
  });
});

describe('data dictionary of the Register Pengaduan', () => {
  const view = viewOf(instrument('register-pengaduan'), lists02, footer);
  const entries = dictionaryOf(view, (id) => `dasar ${id}`);

  it('has one column per field, with its type and allowed codes', () => {
    expect(entries.map((e) => e.column)).toContain('status-tahapan');
    expect(entries.find((e) => e.column === 'status-tahapan')).toMatchObject({ type: 'kode', required: true, codeList: 'status-tahapan', codes: ['diterima', 'ditelaah', 'ditindaklanjuti', 'dipantau', 'diterminasi', 'dibuka-kembali'] });
  });

  it('as CSV: UTF-8 with a byte-order mark, a header, and quoting where a cell needs it', () => {
    const csv = dictionaryCsv(entries);
    expect(csv.startsWith('\uFEFFkolom,label,bagian,jenis_isian,tipe_data,wajib,daftar_kode,nilai_yang_diizinkan,dasar\r\n')).toBe(true);
    expect(csv).toContain('\r\nnomor-registrasi,Nomor registrasi,register,teks,teks,ya,,,dasar nomor-registrasi\r\n');
    expect(codeListsCsv([...lists02.values()])).toContain('\r\nklaster,pha-keluarga,PHA — Lingkungan Keluarga dan Pengasuhan Alternatif,');
  });

  it('as JSON Schema: one register row, codes as enums, dates as dates', () => {
    const schema = dictionarySchema(view, entries, 'https://contoh.id/kamus.json') as { properties: Record<string, { enum?: string[]; format?: string }>; required: string[]; $id: string };
    expect(schema.$id).toBe('https://contoh.id/kamus.json');
    expect(schema.properties['klaster-utama']!.enum).toEqual(['pha-hak-sipil', 'pha-keluarga', 'pha-kesehatan', 'pha-pendidikan', 'pka']);
    expect(schema.properties['tanggal-penerimaan']!.format).toBe('date');
    expect(schema.required).toEqual(['nomor-registrasi', 'tanggal-penerimaan', 'saluran', 'status-tahapan']);
  });

  it('for a form with a table section, the table is a list of rows', () => {
    const monitoring = viewOf(instrument('catatan-pemantauan'), lists02, footer);
    const schema = dictionarySchema(monitoring, dictionaryOf(monitoring, () => '')) as { properties: Record<string, { type: string; items?: { required: string[] } }> };
    expect(schema.properties.catatan).toMatchObject({ type: 'array', items: { required: ['tanggal', 'pihak-dihubungi', 'hasil'] } });
    expect(schema.properties.hambatan).toMatchObject({ type: 'string' });
  });
});

describe('compareInstruments', () => {
  it('lists fields added, removed, changed and moved between two versions', () => {
    const before = instrument('lembar-terminasi');
    const after = structuredClone(before);
    const [alasan, upaya, keadaan] = after.sections;
    alasan!.fields = alasan!.fields.filter((f) => f.id !== 'rencana-tercapai');
    keadaan!.fields.push({ id: 'checklist', label: 'Daftar periksa penutupan', kind: 'centang', required: false, basis: ['terminasi#2'], options: ['a', 'b'], other: false });
    keadaan!.fields[0]!.required = false;
    keadaan!.fields.push(upaya!.fields.shift()!);
    const { summary, changes } = compareInstruments(before, after);
    expect(summary).toMatchObject({ added: 1, removed: 1, changed: 1, moved: 1 });
    expect(changes.find((c) => c.id === 'ringkasan-tindak-lanjut')?.textDiff?.filter((p) => p.change).map((p) => p.text.trim())).toEqual([', wajib diisi']);
  });
});

describe('instrumentSearchText', () => {
  it('finds a form by its name, its use, who fills it in, and the words of its fields', async () => {
    const { instrumentSearchText } = await import('../../../src/lib/instruments/search-text');
    const file = instrument('surat-rujukan');
    const record = instrumentSearchText(file, listedFacts(texts, file));
    expect(record.title).toBe('Formulir: Surat Rujukan dan Catatan Rujukan');
    expect(record.text).toContain('Diisi oleh Analis Pengaduan.');
    expect(record.text).toContain('Catatan rujukan');
    expect(record.text).toContain('Cara dan waktu yang aman untuk menghubungi Pengadu');
  });
});
