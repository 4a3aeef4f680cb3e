/**
 * Vocabularies of ids that code and data share, each with its one label table. Schemas build their enums from
 * these, and src/lib reads the same tables, so an id means one thing everywhere.
 */

/**
 * KPAI's case clusters, as its complaint data reports them: four clusters of Pemenuhan Hak Anak (PHA) and
 * Perlindungan Khusus Anak (PKA) in its 15 forms (UU 35/2014 Pasal 59 ayat (2)).
 */
export const clusters = {
  'pha-hak-sipil': 'PHA — Hak Sipil dan Partisipasi Anak',
  'pha-keluarga': 'PHA — Lingkungan Keluarga dan Pengasuhan Alternatif',
  'pha-kesehatan': 'PHA — Kesehatan Dasar dan Kesejahteraan Anak',
  'pha-pendidikan': 'PHA — Pendidikan, Pemanfaatan Waktu Luang, Budaya dan Agama',
  'pka-darurat': 'PKA — Anak dalam situasi darurat',
  'pka-abh': 'PKA — Anak yang berhadapan dengan hukum',
  'pka-minoritas': 'PKA — Anak dari kelompok minoritas dan terisolasi',
  'pka-eksploitasi': 'PKA — Anak yang dieksploitasi secara ekonomi dan/atau seksual',
  'pka-napza': 'PKA — Anak korban penyalahgunaan NAPZA',
  'pka-pornografi': 'PKA — Anak korban pornografi',
  'pka-hiv': 'PKA — Anak dengan HIV/AIDS',
  'pka-perdagangan': 'PKA — Anak korban penculikan, penjualan, dan/atau perdagangan',
  'pka-kekerasan': 'PKA — Anak korban kekerasan fisik dan/atau psikis',
  'pka-seksual': 'PKA — Anak korban kejahatan seksual',
  'pka-terorisme': 'PKA — Anak korban jaringan terorisme',
  'pka-disabilitas': 'PKA — Anak penyandang disabilitas',
  'pka-penelantaran': 'PKA — Anak korban perlakuan salah dan penelantaran',
  'pka-perilaku': 'PKA — Anak dengan perilaku sosial menyimpang',
  'pka-stigma': 'PKA — Anak korban stigmatisasi terkait kondisi orang tuanya',
} as const;
export type ClusterId = keyof typeof clusters;
export const clusterIds = Object.keys(clusters) as [ClusterId, ...ClusterId[]];

/** The kinds of regional service the directory holds and the routing rules can ask a place about. */
export const regionalKindLabels = {
  'uptd-ppa': 'UPTD PPA',
  p2tp2a: 'P2TP2A',
  'dinas-pppa': 'Dinas PPPA',
  kpad: 'KPAD',
  'darurat-112': 'layanan 112',
  'layanan-jiwa': 'layanan kesehatan jiwa',
} as const;
export type RegionalKind = keyof typeof regionalKindLabels;
export const regionalKinds = Object.keys(regionalKindLabels) as [RegionalKind, ...RegionalKind[]];

/** How a question of the routing model is answered. `place` is the province and, if known, regency. */
export const questionTypes = ['single', 'multiple', 'place'] as const;

/** Words in a rule's `when` that are not question ids. */
export const conditionKeywords = ['not', 'region'] as const;
