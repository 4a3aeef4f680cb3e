// The instruments of SOP 0.3: what a reader of its Pasal 30 expects to find on each form, and what changed from 0.2.
import { describe, expect, it } from 'vitest';
import { citationView, deferredIn, footerRule, listedFacts } from '../../../src/lib/instruments/basis';
import { compareInstruments } from '../../../src/lib/instruments/compare';
import { dictionaryOf, dictionarySchema } from '../../../src/lib/instruments/dictionary';
import { requirementsOf } from '../../../src/lib/instruments/requirements';
import { headerLabels } from '../../../src/lib/instruments/constants';
import { fieldsOf, viewOf } from '../../../src/lib/instruments/view';
import type { InstrumentFile } from '../../../src/schemas/instrument';
import { instrument, instrumentIds, lists03, sop03, texts } from './load';

const footer = { rule: 'aturan', stamp: 'cap' };
const fieldsCiting = (file: InstrumentFile, citation: string) => file.sections.flatMap((s) => s.fields).filter((f) => f.basis.includes(citation));
const required = (file: InstrumentFile) => {
  const [clause, element] = file.basis.split('#') as [string, string];
  return requirementsOf(sop03, clause, element, (doc) => (doc === 'sop-pengaduan' ? sop03 : texts.get(doc)?.get(file.documents[doc] ?? '')));
};

describe('the fourteen instruments of SOP 0.3', () => {
  it('each has a version implementing SOP 0.3, which the list of Pasal 30 ayat (1) still names', () => {
    expect(instrumentIds).toHaveLength(14);
    for (const id of instrumentIds) expect(instrument(id, '0.3').sop).toBe('0.3');
    const rows = sop03.elements('instrumen-dokumentasi').filter((e) => e.cells && e.parent === '1');
    expect(rows).toHaveLength(14);
    expect(new Set(instrumentIds.map((id) => instrument(id, '0.3').basis.split('#')[1]))).toEqual(new Set(rows.map((r) => r.id)));
  });

  it('print the header of Pasal 30 ayat (2) in its own words, and the initials rule of ayat (3)', () => {
    expect(headerLabels(sop03)).toEqual(['Nomor registrasi', 'Tanggal pengisian', 'Nama dan peran pengisi']);
    expect(footerRule(texts, '0.3')).toBe('Instrumen yang dikirim ke luar KPAI memuat inisial Anak, bukan nama lengkap, kecuali lembaga tujuan memerlukannya untuk memberi layanan.');
  });

  it('say what each must record in the SOP’s words: the ayat its row points to', () => {
    expect(listedFacts(texts, instrument('lembar-penerimaan', '0.3'))).toEqual({
      contents: 'Lembar penerimaan memuat unsur dalam [Pasal 12 ayat (2)](#pencatatan-registrasi) huruf a sampai huruf l.'.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'),
      stage: 'penerimaan',
      filledBy: 'Petugas Penerima',
    });
  });

  it('every element Pasal 30 requires is cited by a field of that instrument', () => {
    for (const id of instrumentIds) {
      const file = instrument(id, '0.3');
      const cited = new Set([...file.headerBasis, ...file.sections.flatMap((s) => s.fields.flatMap((f) => f.basis))].map((b) => (b.includes(':') ? b : `sop-pengaduan:${b}`)));
      const { required: r, problems } = required(file);
      expect(problems, id).toEqual([]);
      const missing = r.filter((x) => x.clause !== 'instrumen-dokumentasi' || x.element.parent !== '1').map((x) => `${x.doc}:${x.clause}#${x.element.id}`).filter((k) => !cited.has(k));
      expect(missing, id).toEqual([]);
    }
  });
});

describe('new elements of SOP 0.3 on their forms', () => {
  it('lembar penerimaan: the twelve lettered elements of Pasal 12 ayat (2), the initial urgency among them', () => {
    expect(required(instrument('lembar-penerimaan', '0.3')).required.map((x) => `${x.clause}#${x.element.id}`)).toEqual([
      'instrumen-dokumentasi#1.lembar-penerimaan',
      ...'abcdefghijkl'.split('').map((l) => `pencatatan-registrasi#2.${l}`),
    ]);
    const file = instrument('lembar-penerimaan', '0.3');
    const urgency = fieldsCiting(file, 'pencatatan-registrasi#2.k');
    expect(urgency.map((f) => f.label)).toEqual(['Tingkat urgensi awal', 'Tanda yang menjadi alasannya']);
    const view = fieldsOf(viewOf(file, lists03, footer));
    expect(view.find((f) => f.id === 'urgensi-awal')!.options!.map((o) => o.label)).toEqual(['darurat', 'mendesak', 'biasa']);
    expect(citationView(texts, file, 'pencatatan-registrasi#2.k')).toMatchObject({ version: '0.3', where: 'Pasal 12 ayat (2) huruf k', quote: 'tingkat urgensi awal menurut Pasal 13A, dengan tanda yang menjadi alasannya; dan' });
    expect(fieldsCiting(file, 'pencatatan-registrasi#2.c').map((f) => f.label)).toEqual(['Saluran yang aman', 'Waktu yang aman', 'Permintaan Pengadu']);
    expect(fieldsCiting(file, 'pengaduan-sp4n-lapor#4.a').map((f) => f.id)).toEqual(['nomor-sp4n-lapor']);
  });

  it('the channels are those SOP 0.3 names, SP4N-LAPOR! and media monitoring each once', () => {
    expect(lists03.get('saluran')!.values.map((v) => v.code)).toEqual([
      'kedatangan-langsung', 'telepon-pengaduan', 'whatsapp-pengaduan', 'surat-elektronik', 'formulir-pengaduan-daring', 'surat', 'akun-media-sosial-resmi-kpai', 'pemantauan-media', 'sp4n-lapor',
    ]);
  });

  it('lembar persetujuan: the consent of a parent or guardian (Pasal 31A), the child’s own words, and the scripts of Pasal 31B', () => {
    const file = instrument('lembar-persetujuan', '0.3');
    for (const letter of 'abcdefgh') expect(fieldsCiting(file, `unsur-lembar-persetujuan#6.${letter}`).length, `huruf ${letter}`).toBeGreaterThan(0);
    expect(fieldsCiting(file, 'unsur-lembar-persetujuan#6.a').find((f) => f.id === 'pemberi-kedudukan')!.options).toEqual(['Orang tua Anak', 'Wali Anak']);
    expect(fieldsCiting(file, 'unsur-lembar-persetujuan#6.f').map((f) => f.label)).toContain('Pendapat Anak, dengan kata-katanya sendiri');
    const view = viewOf(file, lists03, footer, undefined, (c) => ({ text: citationView(texts, file, c).quote, cite: c }));
    const quotes = view.parts.flatMap((p) => p.sections).flatMap((s) => (s.quote ? [s.quote.text] : []));
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toMatch(/^Kepada orang tua atau wali, Petugas menyampaikan: Saya \[nama\], petugas layanan pengaduan KPAI\./);
    expect(quotes[1]).toMatch(/Halo, aku \[nama\] dari KPAI\./);
  });

  it('lembar penelaahan: urgency as one of the three levels of Pasal 13A, with the signs that gave it', () => {
    const file = instrument('lembar-penelaahan', '0.3');
    const fields = fieldsOf(viewOf(file, lists03, footer));
    expect(fields.find((f) => f.id === 'urgensi')!.options!.map((o) => o.code)).toEqual(['darurat', 'mendesak', 'biasa']);
    expect(fieldsCiting(file, 'unsur-lembar-penelaahan#7.b').map((f) => f.id)).toEqual(['urgensi', 'urgensi-tanda']);
  });

  it('lembar terminasi: the closure checklist of Pasal 28A, twelve items, and why any is not met', () => {
    const file = instrument('lembar-terminasi', '0.3');
    expect(required(file).required.filter((x) => x.clause === 'terminasi').map((x) => x.element.id)).toEqual('abcdefg'.split('').map((l) => `3.${l}`));
    const checklist = file.sections.find((s) => s.id === 'daftar-periksa')!;
    expect(checklist.fields[0]!.options).toHaveLength(12);
    for (const letter of 'abcdefghijkl') expect(checklist.fields[0]!.basis).toContain(`daftar-periksa-penutupan#1.${letter}`);
    expect(checklist.fields[1]!.basis).toContain('terminasi#3.e');
  });

  it('catatan pengawasan: what is asked of the supervised institution and the recommendation’s contents (Pasal 30 ayat (12) huruf a and b)', () => {
    const file = instrument('catatan-pengawasan', '0.3');
    expect(fieldsCiting(file, 'unsur-pengawasan#12.a').map((f) => f.id)).toEqual(['hal-ditanyakan']);
    expect(fieldsCiting(file, 'unsur-pengawasan#12.b').map((f) => f.id)).toEqual(['rekomendasi-isi']);
    const view = viewOf(file, lists03, footer);
    expect(view.parts.map((p) => [p.title, p.outside])).toEqual([['Surat permintaan keterangan', true], ['Catatan pengawasan', false]]);
  });
});

describe('the Register Pengaduan of SOP 0.3 as data', () => {
  const view = viewOf(instrument('register-pengaduan', '0.3'), lists03, footer);
  const entries = dictionaryOf(view, () => '');

  it('has a column for the urgency level of Pasal 12 ayat (4) huruf f instead of a yes/no "mendesak"', () => {
    expect(entries.map((e) => e.column)).toContain('tingkat-urgensi');
    expect(entries.map((e) => e.column)).not.toContain('mendesak');
    const schema = dictionarySchema(view, entries) as { properties: Record<string, { enum?: string[] }> };
    expect(schema.properties['tingkat-urgensi']!.enum).toEqual(['darurat', 'mendesak', 'biasa']);
    expect(schema.properties['saluran']!.enum).toContain('sp4n-lapor');
  });
});

describe('comparing 0.2 with 0.3', () => {
  it('lembar penerimaan: the new fields are listed as added, a renamed basis as changed', () => {
    const { changes, summary } = compareInstruments(instrument('lembar-penerimaan', '0.2'), instrument('lembar-penerimaan', '0.3'));
    const added = changes.filter((c) => c.kind === 'added').map((c) => c.id);
    expect(added).toEqual(expect.arrayContaining(['jam-penerimaan', 'nomor-sp4n-lapor', 'kontak-aman-saluran', 'tidak-dihubungi', 'urgensi-awal', 'urgensi-tanda', 'persetujuan-diminta']));
    expect(changes.filter((c) => c.kind === 'removed').map((c) => c.id)).toEqual(expect.arrayContaining(['persetujuan-pencatatan', 'persetujuan-pembagian']));
    expect(changes.find((c) => c.id === 'anak-inisial')!.kind).toBe('changed');
    expect(summary.added).toBe(added.length);
  });

  it('register: "mendesak" removed, "tingkat-urgensi" added', () => {
    const { changes } = compareInstruments(instrument('register-pengaduan', '0.2'), instrument('register-pengaduan', '0.3'));
    expect(changes.find((c) => c.id === 'mendesak')!.kind).toBe('removed');
    expect(changes.find((c) => c.id === 'tingkat-urgensi')!.kind).toBe('added');
  });

  it('every 0.3 file says what changed', () => {
    for (const id of instrumentIds) expect(instrument(id, '0.3').changes.length, id).toBeGreaterThan(0);
  });
});

describe('where each SOP version defers the standard form', () => {
  it('is found by its words, so the page cites the right ayat', () => {
    expect(deferredIn(texts, '0.2')).toBe('Pasal 30 ayat (2)');
    expect(deferredIn(texts, '0.3')).toBe('Pasal 30 ayat (3)');
  });
});
