import { z } from 'astro/zod';
import { audience, isoDate, slug } from './shared';
import { documentStatuses as statuses, type DocumentStatus } from './vocabularies';

/**
 * An event or publication a version was drawn from, with its own date, so that date is never mistaken for the
 * date the text was written (the 0.1 drafts once carried the date of the 2023 workshop they were drawn from).
 */
export const drawnFromEntry = z
  .object({
    title: z.string({ error: 'wajib diisi: nama peristiwa atau terbitan yang menjadi sumber' }).min(3, 'nama sumber terlalu pendek'),
    date: isoDate,
    /** The last day of an event that lasted several days. */
    until: isoDate.optional(),
  })
  .strict();

/** A dated note that a version's metadata was corrected after it was published; its text never changes. */
export const correctionEntry = z
  .object({
    date: isoDate,
    note: z.string({ error: 'wajib diisi: apa yang dikoreksi dan mengapa' }).min(20, 'tulis apa yang dikoreksi dan mengapa, paling sedikit satu kalimat'),
  })
  .strict();
export type Status = DocumentStatus;

/**
 * A clause id the previous version had and this one has not: where it went (`movedTo`, an id of this version) or
 * that it was removed, and why. The content check requires one for every id that disappears, so links to the old
 * id still land somewhere (src/lib/documents/former-clauses.ts).
 */
export const formerClause = z
  .object({
    id: slug,
    movedTo: slug.optional(),
    removed: z.string({ error: 'tulis alasan bagian ini dihapus' }).min(10, 'tulis alasan bagian ini dihapus, paling sedikit satu kalimat pendek').optional(),
  })
  .strict();

/** Frontmatter of one version of a document: `src/content/documents/<doc>/<version>.mdx`. */
export const versionFrontmatter = z
  .object({
    document: slug,
    version: z
      .string({ error: 'wajib diisi sebagai teks bertanda kutip, contoh: version: "0.2"' })
      .regex(/^\d+(?:\.\d+){0,2}$/, 'harus berupa nomor versi seperti "1", "0.2" atau "1.2.3"'),
    status: z.enum(statuses, { error: `harus salah satu dari: ${statuses.join(', ')}` }),
    /** The date of this text: when the draft was written, or when the version was enacted. */
    date: isoDate,
    /** When the version took effect. Only versions that were ever in force have one. */
    effectiveDate: isoDate.optional(),
    /** When a withdrawn (dicabut) version stopped applying. */
    withdrawnDate: isoDate.optional(),
    approvedBy: z.string().min(3).optional(),
    changes: z.array(z.string().min(3)).min(1, 'tulis paling sedikit satu ringkasan perubahan'),
    legalBasis: z.array(z.string().min(3)).min(1, 'sebutkan paling sedikit satu dasar hukum'),
    /** Who this version is for, when it differs from the document's registry entry. */
    audience: z.array(audience).min(1).optional(),
    /** What the text was drawn from, each with its own date: shown apart from the date of the text. */
    drawnFrom: z.array(drawnFromEntry).min(1, 'hapus "drawnFrom" atau sebutkan paling sedikit satu sumber').optional(),
    /** Dated corrections of this version's metadata, shown on the version and history pages. */
    corrections: z.array(correctionEntry).min(1, 'hapus "corrections" atau tulis paling sedikit satu koreksi').optional(),
    /** Clause ids of the previous version that this one lacks: where each went, or why it was removed. */
    formerClauses: z.array(formerClause).optional(),
  })
  .strict()
  .superRefine((fm, ctx) => {
    const inForceOnce = fm.status !== 'draf';
    if (inForceOnce && !fm.effectiveDate) {
      ctx.addIssue({ code: 'custom', path: ['effectiveDate'], message: `wajib diisi untuk versi berstatus "${fm.status}"` });
    }
    if (inForceOnce && !fm.approvedBy) {
      ctx.addIssue({ code: 'custom', path: ['approvedBy'], message: `wajib diisi untuk versi berstatus "${fm.status}"` });
    }
    if (!inForceOnce && fm.effectiveDate) {
      ctx.addIssue({ code: 'custom', path: ['effectiveDate'], message: 'draf belum berlaku: hapus tanggal berlaku atau ubah statusnya' });
    }
    if (fm.status === 'dicabut' && !fm.withdrawnDate) {
      ctx.addIssue({ code: 'custom', path: ['withdrawnDate'], message: 'wajib diisi untuk versi yang dicabut' });
    }
    if (fm.status !== 'dicabut' && fm.withdrawnDate) {
      ctx.addIssue({ code: 'custom', path: ['withdrawnDate'], message: 'hanya untuk versi berstatus "dicabut"' });
    }
    // A source is older than what was written from it, and a correction younger than what it corrects.
    fm.drawnFrom?.forEach((source, i) => {
      if (source.date > fm.date) {
        ctx.addIssue({ code: 'custom', path: ['drawnFrom', i, 'date'], message: `sumber tidak mungkin lebih baru daripada naskah yang disusun darinya: ${source.date} sesudah tanggal versi ${fm.date}` });
      }
      if (source.until && source.until < source.date) {
        ctx.addIssue({ code: 'custom', path: ['drawnFrom', i, 'until'], message: `hari terakhir (${source.until}) tidak boleh sebelum hari pertama (${source.date})` });
      }
    });
    fm.corrections?.forEach((correction, i) => {
      if (correction.date < fm.date) {
        ctx.addIssue({ code: 'custom', path: ['corrections', i, 'date'], message: `koreksi tidak mungkin dibuat sebelum naskahnya ditulis: ${correction.date} sebelum tanggal versi ${fm.date}` });
      }
    });
  });

export type VersionFrontmatter = z.output<typeof versionFrontmatter>;
