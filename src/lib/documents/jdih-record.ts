import type { Status } from '../../schemas/document';
import { isComing } from './versions';

/** The least a JDIH record needs of a version. */
export interface RecordVersion {
  version: string;
  status: Status;
  date: string;
  effectiveDate?: string;
  withdrawnDate?: string;
  approvedBy?: string;
  changes: readonly string[];
  legalBasis: readonly string[];
}

export interface RecordDocument {
  id: string;
  title: string;
  code: string;
  purpose: string;
}

/** A reference to another version in a relation. */
export interface Related {
  judul: string;
  versi: string;
  url: string;
}

/** The types of document the registry's titles name, with the abbreviation JDIH catalogues use. */
const TYPES: [prefix: string, type: string, abbreviation: string | null][] = [
  ['Standar Operasional Prosedur', 'Standar Operasional Prosedur', 'SOP'],
  ['Kode Etik', 'Kode Etik', null],
  ['Pedoman', 'Pedoman', null],
  ['Panduan', 'Panduan', null],
];

/**
 * One version as a record for Indonesian legal-information networks (JDIH): the fields of the JDIHN catalogue —
 * issuing body (T.E.U.), number, type and its abbreviation, place and date of enactment, source, subject, status
 * (berlaku / diubah / dicabut), language, field of law — and the relations mengubah and mencabut. Honest for
 * drafts: a draft has no issuing body, number, place or date of enactment and no JDIH status, so those are null
 * and `keterangan` says why; nothing here invents what the source does not record (no version records a number
 * or a place of enactment).
 */
export function jdihRecord(doc: RecordDocument, version: RecordVersion, relations: { previous?: Related & { status: Status }; next?: Related & { status: Status } }, url: string, today: string) {
  const enacted = version.status !== 'draf';
  const [, type, abbreviation] = TYPES.find(([prefix]) => doc.title.startsWith(prefix)) ?? ['', 'Dokumen', null];
  const topic = doc.title.slice(type.length).trim();
  const status = { draf: null, berlaku: 'berlaku', diganti: 'diubah', dicabut: 'dicabut' }[version.status];
  const previous = relations.previous;
  // A new version in force that takes the place of the one before it revokes it; any other new version amends it.
  const revokes = enacted && previous?.status === 'diganti';
  const strip = ({ status: _s, ...rest }: Related & { status: Status }): Related => rest;
  return {
    tipe_dokumen: 'Peraturan/Kebijakan',
    judul: `${doc.title} versi ${version.version}`,
    teu: enacted ? 'Komisi Perlindungan Anak Indonesia' : null,
    penyusun: enacted ? (version.approvedBy ?? null) : 'Pedoman KPAI: draf yang disusun dari sumber publik, bukan naskah resmi KPAI',
    nomor_peraturan: null,
    jenis: type,
    singkatan_jenis: abbreviation,
    kode: doc.code,
    versi: version.version,
    tempat_penetapan: null,
    tanggal_penetapan: enacted ? version.date : null,
    tanggal_berlaku: version.effectiveDate ?? null,
    tanggal_dicabut: version.withdrawnDate ?? null,
    sumber: url,
    subjek: ['Perlindungan Anak', ...(topic ? [topic] : [])],
    status,
    keterangan: !enacted
      ? `Draf tertanggal ${version.date}: belum disahkan dan belum berlaku, jadi belum bernomor, belum punya tempat dan tanggal penetapan, dan belum berstatus dalam JDIH.`
      : isComing(version, today)
        ? `Sudah disahkan; akan berlaku ${version.effectiveDate}. Nomor dan tempat penetapan tidak tercatat di sumbernya.`
        : 'Nomor dan tempat penetapan tidak tercatat di sumbernya.',
    bahasa: 'Indonesia',
    bidang_hukum: 'Perlindungan Anak',
    abstrak: doc.purpose,
    ringkasan_perubahan: version.changes,
    dasar_hukum: version.legalBasis,
    mengubah: previous && !revokes ? [strip(previous)] : [],
    mencabut: previous && revokes ? [strip(previous)] : [],
    diubah_oleh: relations.next && relations.next.status !== 'draf' && version.status === 'diganti' ? [strip(relations.next)] : [],
    dicabut: version.status === 'dicabut',
  };
}
