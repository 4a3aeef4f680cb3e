/**
 * Vocabularies of ids that code and data share, each with its one label table. Schemas build their enums from
 * these, and src/lib reads the same tables, so an id means one thing everywhere.
 */

/** The ids of a label table, in its order: what a schema's enum accepts. */
const idsOf = <T extends Record<string, string>>(labels: T) => Object.keys(labels) as [keyof T & string, ...(keyof T & string)[]];

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
export const clusterIds = idsOf(clusters);

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
export const regionalKinds = idsOf(regionalKindLabels);

/** Where a version of a document stands: a draft, in force, replaced by a later version, or revoked. */
export const documentStatusLabels = { draf: 'Draf', berlaku: 'Berlaku', diganti: 'Diganti', dicabut: 'Dicabut' } as const;
export type DocumentStatus = keyof typeof documentStatusLabels;
export const documentStatuses = idsOf(documentStatusLabels);

/** Who a document, or a search query of the relevance set, is for. */
export const audienceLabels = { publik: 'masyarakat', staf: 'staf KPAI', mitra: 'mitra' } as const;
export type AudienceId = keyof typeof audienceLabels;
export const audienceIds = idsOf(audienceLabels);

/** The ways to reach a service a contact or a regional service lists. */
export const channelKindLabels = { telepon: 'Telepon', whatsapp: 'WhatsApp', sms: 'SMS', email: 'Surel', web: 'Situs web', alamat: 'Alamat' } as const;
export type ChannelKind = keyof typeof channelKindLabels;
export const channelKinds = idsOf(channelKindLabels);

/**
 * What kind of entry a field of a case documentation instrument is, and so how it prints: a line to write on, a
 * date, tick boxes (one, or any number), a signature box, or several lines for a longer text.
 */
export const fieldKindLabels = { teks: 'teks', tanggal: 'tanggal', pilihan: 'pilih satu', centang: 'centang', 'tanda-tangan': 'tanda tangan', uraian: 'uraian' } as const;
export type FieldKind = keyof typeof fieldKindLabels;
export const fieldKinds = idsOf(fieldKindLabels);

/** Eligibility: what an answer means under the guideline — met, met for now by a written commitment (where the clause allows), or not met. */
export const answerResultLabels = { terpenuhi: 'Terpenuhi', komitmen: 'Dengan komitmen tertulis', belum: 'Belum terpenuhi' } as const;
export type AnswerResult = keyof typeof answerResultLabels;
export const answerResults = idsOf(answerResultLabels);

/** Eligibility: how far along the organisation is with a criterion — done, being prepared, not yet, or needs help. */
export const readinessLabels = { sudah: 'Sudah', disiapkan: 'Sedang disiapkan', belum: 'Belum', bantuan: 'Perlu bantuan' } as const;
export type Readiness = keyof typeof readinessLabels;
export const readinessLevels = idsOf(readinessLabels);

// Time zones and day names live in their own small module, because the browser's "open now" reads them and
// must not carry this file's other tables.
export { dayNames, timeZoneIds, timeZones, type TimeZone } from './clock';

/** How a question of the routing model is answered. `place` is the province and, if known, regency. */
export const questionTypes = ['single', 'multiple', 'place'] as const;

/** Words in a rule's `when` that are not question ids. */
export const conditionKeywords = ['not', 'region'] as const;
