import { describe, expect, it } from 'vitest';
import { referencesIn, requirementsOf } from '../../../src/lib/instruments/requirements';
import { sop02, texts } from './load';
import { textsOf } from '../../../src/lib/instruments/texts';
import { headerLabels, headerOf } from '../../../src/lib/instruments/constants';

const versionOf = (doc: string) => ({ 'panduan-rujukan': '0.2', 'panduan-pengawasan': '0.1', 'panduan-konsultasi': '0.1' } as Record<string, string>)[doc];
const required = (row: string) =>
  requirementsOf(sop02, 'instrumen-dokumentasi', `1.${row}`, (doc) => texts.get(doc)?.get(versionOf(doc) ?? ''));

describe('referencesIn', () => {
  it('reads references by number, with ayat and item, bare ayat of the same Pasal, links, and letter ranges, in order', () => {
    expect(referencesIn('unsur dalam Pasal 12 ayat (2), lalu Pasal 28 ayat (2) langkah 2, menurut Pasal 13A, ayat (4), dan [isi](/dokumen/panduan-rujukan/0.2/#isi-catatan-rujukan)')).toEqual([
      { text: 'Pasal 12 ayat (2)', number: 'Pasal 12', element: '2', asks: true },
      { text: 'Pasal 28 ayat (2) langkah 2', number: 'Pasal 28', element: '2.2', asks: false },
      { text: 'Pasal 13A', number: 'Pasal 13A', asks: false },
      { text: 'ayat (4)', element: '4', asks: false },
      { text: '[isi](/dokumen/panduan-rujukan/0.2/#isi-catatan-rujukan)', doc: 'panduan-rujukan', clause: 'isi-catatan-rujukan', asks: false },
    ]);
    expect(referencesIn('memuat unsur dalam [Pasal 12 ayat (2)](#pencatatan-registrasi) huruf a sampai huruf l.')).toEqual([
      { text: '[Pasal 12 ayat (2)](#pencatatan-registrasi) huruf a sampai huruf l', clause: 'pencatatan-registrasi', element: '2', range: ['a', 'l'], asks: true },
    ]);
  });
});

describe('an SOP that lists each instrument’s elements under Pasal 30 (the shape of drafts after 0.2)', () => {
  const [text] = textsOf([
    {
      document: 'sop-pengaduan',
      version: '9.9',
      body: [
        '### Pasal 12 — Pencatatan {#pencatatan-registrasi}',
        '(2) Lembar penerimaan memuat:',
        'a. tanggal;', 'b. saluran;', 'c. nama;', 'd. tidak diminta.',
        '### Pasal 13A — Skala {#skala-urgensi}',
        '(1) Tingkat urgensi: a. segera; b. biasa.',
        '### Pasal 30 — Instrumen {#instrumen-dokumentasi}',
        '(1) Instrumen terdiri atas:',
        ['| Instrumen | Tahap | Pengisi | Unsur yang wajib dicatat |', '| --- | --- | --- | --- |', '| lembar penerimaan | penerimaan | Petugas | ayat (4) |', '| lembar penelaahan | penelaahan | Analis | ayat (5) |'].join('\n'),
        '(2) Setiap instrumen memuat:', 'a. nomor registrasi;', 'b. tanggal pengisian; dan', 'c. nama dan peran pengisi.',
        '#### Pasal 30 ayat (4) — Lembar Penerimaan {#unsur-lembar-penerimaan}',
        '(4) Lembar penerimaan memuat unsur dalam [Pasal 12 ayat (2)](#pencatatan-registrasi) huruf a sampai huruf c.',
        '#### Pasal 30 ayat (5) — Lembar Penelaahan {#unsur-lembar-penelaahan}',
        '(5) Lembar penelaahan memuat:', 'a. tingkat urgensi menurut [Pasal 13A](#skala-urgensi); dan', 'b. rekomendasi.',
      ].join('\n\n'),
    },
  ]).get('sop-pengaduan')!.values();
  const keys = (row: string) => requirementsOf(text!, 'instrumen-dokumentasi', `1.${row}`, () => undefined).required.map((r) => `${r.clause}#${r.element.id}`);

  it('follows "ayat (4)" into its own heading and on to the letters it asks for, stopping at the range', () => {
    expect(keys('lembar-penerimaan')).toEqual(['instrumen-dokumentasi#1.lembar-penerimaan', 'pencatatan-registrasi#2.a', 'pencatatan-registrasi#2.b', 'pencatatan-registrasi#2.c']);
  });

  it('asks for an item that only says which clause to follow ("menurut Pasal 13A"), not for that clause', () => {
    expect(keys('lembar-penelaahan')).toEqual(['instrumen-dokumentasi#1.lembar-penelaahan', 'unsur-lembar-penelaahan#5.a', 'unsur-lembar-penelaahan#5.b']);
  });

  it('reads the header every instrument carries from the SOP’s own letters', () => {
    expect(headerOf(text!)?.parts.map((p) => p.id)).toEqual(['2.a', '2.b', '2.c']);
    expect(headerLabels(text!)).toEqual(['Nomor registrasi', 'Tanggal pengisian', 'Nama dan peran pengisi']);
    expect(headerLabels(sop02)).toEqual(['Nomor registrasi', 'Tanggal', 'Nama pengisi']);
  });
});

describe('what SOP 0.2 Pasal 30 says each instrument must record', () => {
  it('lembar penerimaan: its row and the ten elements of Pasal 12 ayat (2)', () => {
    const { required: r, problems } = required('lembar-penerimaan');
    expect(problems).toEqual([]);
    expect(r.map((x) => `${x.clause}#${x.element.id}`)).toEqual([
      'instrumen-dokumentasi#1.lembar-penerimaan',
      ...['penerimaan', 'pengadu', 'anak', 'teradu', 'kronologi', 'bukti', 'langkah-sebelumnya', 'kebutuhan-mendesak', 'langkah-keselamatan', 'persetujuan'].map((u) => `pencatatan-registrasi#2.${u}`),
    ]);
  });

  it('lembar terminasi: step 2 of Pasal 28 ayat (2)', () => {
    expect(required('lembar-terminasi').required.map((x) => `${x.clause}#${x.element.id}`)).toEqual(['instrumen-dokumentasi#1.lembar-terminasi', 'terminasi#2.2']);
  });

  it('surat and catatan rujukan: the eighteen elements of the Panduan Rujukan’s referral record, in its version', () => {
    const r = required('surat-rujukan-dan-catatan-rujukan').required.filter((x) => x.doc === 'panduan-rujukan');
    expect(r).toHaveLength(18);
    expect(new Set(r.map((x) => x.version))).toEqual(new Set(['0.2']));
  });

  it('says so when a reference points to another document whose version is not given', () => {
    const { problems } = requirementsOf(sop02, 'instrumen-dokumentasi', '1.catatan-konsultasi', () => undefined);
    expect(problems).toEqual(['SOP 0.2 merujuk "[catatan konsultasi](/dokumen/panduan-konsultasi/#catatan-konsultasi)" untuk instrumen ini, tetapi versi dokumen "panduan-konsultasi" tidak disebut di "documents"']);
  });
});
