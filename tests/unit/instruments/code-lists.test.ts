import { describe, expect, it } from 'vitest';
import { enumeration } from '../../../src/lib/instruments/code-lists';
import { clusters } from '../../../src/lib/screening/clusters';
import { flows, lists02 } from './load';

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
