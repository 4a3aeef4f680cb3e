import { describe, expect, it } from 'vitest';
import { jdihRecord } from '../../../src/lib/documents/jdih-record';

const doc = { id: 'sop-pengaduan', title: 'Standar Operasional Prosedur Layanan Pengaduan', code: 'SOP-PGD', purpose: 'Langkah baku petugas.' };
const draft = { version: '0.2', status: 'draf' as const, date: '2026-11-24', changes: ['Menambah pasal.'], legalBasis: ['UU 35/2014'] };
const v01 = { judul: 'SOP versi 0.1', versi: '0.1', url: 'https://pedoman.contoh.id/dokumen/sop-pengaduan/0.1/', status: 'draf' as const };

describe('a version’s record for legal-information networks (JDIH)', () => {
  it('a draft: no issuing body, number, place or date of enactment and no JDIH status — said, not invented', () => {
    const record = jdihRecord(doc, draft, { previous: v01 }, 'https://pedoman.contoh.id/dokumen/sop-pengaduan/0.2/', '2026-12-01');
    expect(record).toMatchObject({ teu: null, nomor_peraturan: null, tempat_penetapan: null, tanggal_penetapan: null, status: null, jenis: 'Standar Operasional Prosedur', singkatan_jenis: 'SOP', bahasa: 'Indonesia', bidang_hukum: 'Perlindungan Anak' });
    expect(record.keterangan).toContain('belum bernomor');
    expect(record.penyusun).toContain('bukan naskah resmi KPAI');
    expect(record.subjek).toEqual(['Perlindungan Anak', 'Layanan Pengaduan']);
    expect(record.mengubah).toEqual([{ judul: 'SOP versi 0.1', versi: '0.1', url: v01.url }]);
  });

  it('an enacted version that replaces the one before revokes it; a superseded one says which version amended it', () => {
    const enacted = { ...draft, version: '1.0', status: 'berlaku' as const, effectiveDate: '2027-01-01', approvedBy: 'Rapat Pleno KPAI' };
    const record = jdihRecord(doc, enacted, { previous: { ...v01, status: 'diganti' } }, 'u', '2026-12-01');
    expect(record).toMatchObject({ teu: 'Komisi Perlindungan Anak Indonesia', status: 'berlaku', tanggal_penetapan: '2026-11-24', tanggal_berlaku: '2027-01-01', nomor_peraturan: null, mengubah: [] });
    expect(record.mencabut.map((r) => r.versi)).toEqual(['0.1']);
    expect(record.keterangan).toContain('akan berlaku 2027-01-01');
    const old = jdihRecord(doc, { ...enacted, status: 'diganti' }, { next: { ...v01, versi: '1.1', status: 'berlaku' } }, 'u', '2027-06-01');
    expect(old.status).toBe('diubah');
    expect(old.diubah_oleh.map((r) => r.versi)).toEqual(['1.1']);
  });
});
