/**
 * Every URL of the site, relative to its base path, in one place so links and routes cannot drift apart.
 * Prefix them with the base path (see `src/site/href.ts`) before putting them in a page.
 */
export const paths = {
  home: () => '',
  documents: () => 'dokumen/',
  document: (doc: string) => `dokumen/${doc}/`,
  version: (doc: string, version: string) => `dokumen/${doc}/${version}/`,
  history: (doc: string) => `dokumen/${doc}/riwayat/`,
  /** Every version in which one clause was added, changed, moved, renumbered or removed. */
  clauseHistory: (doc: string, clause: string) => `dokumen/${doc}/riwayat/${clause}/`,
  /** The PDF of record of one version. */
  versionPdf: (doc: string, version: string) => `dokumen/${doc}/${version}/${doc}-${version}.pdf`,
  /** One version's record for legal-information networks (JDIH). */
  versionRecord: (doc: string, version: string) => `dokumen/${doc}/${version}/jdih.json`,
  /** One document's feed of new versions. */
  documentFeed: (doc: string) => `dokumen/${doc}/pembaruan.xml`,
  /** Reading offline: what is saved and how to remove it. */
  offline: () => 'luring/',
  compareChooser: (doc: string) => `dokumen/${doc}/bandingkan/`,
  compare: (doc: string, from: string, to: string) => `dokumen/${doc}/bandingkan/${from}...${to}/`,
  clausesJson: (doc: string, version: string) => `dokumen/${doc}/${version}/klausul.json`,
  updates: () => 'pembaruan/',
  updatesFeed: () => 'pembaruan.xml',
  contacts: () => 'kontak/',
  glossary: () => 'istilah/',
  screening: () => 'penapisan/',
  /** The pre-screening for a child (child mode, "Untuk anak"). */
  childScreening: () => 'penapisan/anak/',
  safety: () => 'aman/',
  eligibility: () => 'cek-mitra/',
  /** The steps of one form of partnership, from application to signing and monitoring. */
  eligibilityProcess: (form: string) => `cek-mitra/proses/${form}/`,
  finder: () => 'cari-rujukan/',
  /** One province's regencies and services, loaded by the finder when that province is chosen. */
  provinceData: (code: string) => `cari-rujukan/wilayah/${code}.json`,
  services: () => 'layanan/',
  provinceServices: (slug: string) => `layanan/${slug}/`,
  /** A province's printable A4 poster: emergency numbers, SAPA 129, its sourced services and a QR code. */
  provincePoster: (slug: string) => `layanan/${slug}/poster/`,
  /** The finder with a province already chosen: where a poster's QR code leads. */
  finderFor: (provinceCode: string) => `cari-rujukan/?provinsi=${provinceCode}`,
  /** KPAI's published complaint figures by year and cluster. */
  figures: () => 'angka-pengaduan/',
  search: () => 'cari/',
  /** The folder of the search index's files (src/lib/search/index-format.ts). */
  searchIndex: () => 'cari/indeks/',
  instruments: () => 'instrumen/',
  instrument: (id: string) => `instrumen/${id}/`,
  instrumentVersion: (id: string, version: string) => `instrumen/${id}/${version}/`,
  instrumentCompare: (id: string, from: string, to: string) => `instrumen/${id}/bandingkan/${from}...${to}/`,
  /** A version of an instrument as data: its fields, types and allowed values. */
  instrumentCsv: (id: string, version: string) => `instrumen/${id}/${version}/kamus-data.csv`,
  instrumentSchema: (id: string, version: string) => `instrumen/${id}/${version}/kamus-data.schema.json`,
  /** A version of an instrument as the printed form's data: what the tools load when a form is asked for. */
  instrumentJson: (id: string, version: string) => `instrumen/${id}/${version}/formulir.json`,
  codeLists: () => 'instrumen/daftar-kode/',
  codeListsCsv: (version: string) => `instrumen/daftar-kode/${version}.csv`,
  codeListsJson: (version: string) => `instrumen/daftar-kode/${version}.json`,
} as const;
