import { z } from 'astro/zod';
import { audience, isoDate, slug } from './shared';

export const statuses = ['draf', 'berlaku', 'diganti', 'dicabut'] as const;
export type Status = (typeof statuses)[number];

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
  });

export type VersionFrontmatter = z.output<typeof versionFrontmatter>;
