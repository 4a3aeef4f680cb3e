import { describe, expect, it } from 'vitest';
import { codeListsFor, enumeration } from '../../../src/lib/instruments/code-lists';
import { textsOf } from '../../../src/lib/instruments/texts';
import { clusters } from '../../../src/schemas/vocabularies';
import { flows, lists02, sop02 } from './load';

const codes = (id: string) => lists02.get(id)!.values.map((v) => v.code);

describe('code lists, each from its one source', () => {
  it('the five clusters of KPAI’s data and the fifteen PKA categories come from the cluster list the tools use', () => {
    expect(codes('klaster')).toEqual(['pha-hak-sipil', 'pha-keluarga', 'pha-kesehatan', 'pha-pendidikan', 'pka']);
    expect(codes('kategori-pka')).toEqual(Object.keys(clusters).filter((c) => c.startsWith('pka-')));
    expect(codes('kategori-pka')).toHaveLength(15);
  });

  it('stages and follow-up kinds come from the complaint flow', () => {
    const flow = flows.find((f) => f.id === 'alur-pengaduan')!;
    expect(codes('tahap')).toEqual(flow.steps.map((s) => s.id));
    expect(codes('tindak-lanjut')).toEqual(['rujukan', 'mediasi', 'pengawasan', 'laporan-pihak-berwajib', 'konsultasi-psikoedukasi']);
  });

  it('case statuses and channels are read from the SOP version’s own sentences, with where they stand', () => {
    expect(codes('status-tahapan')).toEqual(['diterima', 'ditelaah', 'ditindaklanjuti', 'dipantau', 'diterminasi', 'dibuka-kembali']);
    expect(lists02.get('status-tahapan')!.source).toBe('SOP Layanan Pengaduan versi 0.2, Pasal 12 ayat (4)');
    expect(codes('saluran')).toEqual(['kedatangan-langsung', 'telepon-pengaduan', 'whatsapp-pengaduan', 'surat-elektronik', 'formulir-pengaduan-daring', 'surat', 'akun-media-sosial-resmi-kpai', 'pemantauan-media']);
  });

  it('splits an enumeration at commas and its last "dan"/"atau", up to its full stop', () => {
    expect(enumeration('diterima, ditelaah, atau dibuka kembali. Kalimat lain, bukan daftar.')).toEqual(['diterima', 'ditelaah', 'dibuka kembali']);
    expect(enumeration('surat, dan akun media sosial resmi KPAI')).toEqual(['surat', 'akun media sosial resmi KPAI']);
  });
});

describe('code lists in later drafts of the SOP', () => {
  const sop = textsOf([
    {
      document: 'sop-pengaduan',
      version: '9.9',
      body: [
        '### Pasal 10 — Penerimaan {#penerimaan}',
        '(1) Pengaduan diterima melalui saluran resmi KPAI, yaitu telepon pengaduan, dan surat. Kalimat lain.',
        '### Pasal 10B — SP4N-LAPOR! {#pengaduan-sp4n-lapor}',
        'a. laporan dicatat sebagai Pengaduan dengan saluran "SP4N-LAPOR!" menurut Pasal 12;',
        '### Pasal 12 — Pencatatan {#pencatatan-registrasi}',
        '(4) Register Pengaduan memuat:',
        'a. nomor registrasi; dan',
        'b. status tahapan, yaitu salah satu dari: diterima, atau diterminasi.',
        '### Pasal 13A — Skala Urgensi {#skala-urgensi}',
        '(2) Setiap Pengaduan diberi satu dari tiga tingkat berikut:',
        ['| Tingkat | Tanda |', '| --- | --- |', '| darurat | Anak sedang disakiti |', '| mendesak | belum ditangani |', '| biasa | lainnya |'].join('\n'),
      ].join('\n\n'),
    },
  ]).get('sop-pengaduan')!.get('9.9')!;
  const { lists, problems } = codeListsFor(sop, flows);

  it('read the case statuses from a lettered item, channels recorded "dengan saluran …" in any clause, and the urgency levels from the rows of the urgency scale', () => {
    expect(problems).toEqual([]);
    expect(lists.get('status-tahapan')!.values.map((v) => v.code)).toEqual(['diterima', 'diterminasi']);
    expect(lists.get('saluran')!.values).toEqual([
      { code: 'telepon-pengaduan', label: 'telepon pengaduan' },
      { code: 'surat', label: 'surat' },
      { code: 'sp4n-lapor', label: 'SP4N-LAPOR!' },
    ]);
    expect(lists.get('tingkat-urgensi')).toMatchObject({ source: 'SOP Layanan Pengaduan versi 9.9, Pasal 13A ayat (2)', values: [{ code: 'darurat' }, { code: 'mendesak' }, { code: 'biasa' }] });
  });

  it('say where a list should have been read from when the SOP version has no such sentence or table', () => {
    expect(codeListsFor(sop02, flows).problems).toEqual([{ list: 'tingkat-urgensi', reason: 'daftar kode "tingkat-urgensi" dibaca dari tabel bagian "skala-urgensi" SOP versi 0.2, yang tidak ditemukan' }]);
  });
});
