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
  safety: () => 'aman/',
  eligibility: () => 'cek-mitra/',
  /** The steps of one form of partnership, from application to signing and monitoring. */
  eligibilityProcess: (form: string) => `cek-mitra/proses/${form}/`,
  finder: () => 'cari-rujukan/',
  /** One province's regencies and services, loaded by the finder when that province is chosen. */
  provinceData: (code: string) => `cari-rujukan/wilayah/${code}.json`,
  services: () => 'layanan/',
  provinceServices: (slug: string) => `layanan/${slug}/`,
  /** KPAI's published complaint figures by year and cluster. */
  figures: () => 'angka-pengaduan/',
  search: () => 'cari/',
  /** The folder of the search index's files (src/lib/search/index-format.ts). */
  searchIndex: () => 'cari/indeks/',
} as const;
