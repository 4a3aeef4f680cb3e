import { z } from 'astro/zod';
import { audience, slug } from './shared';

/** One entry of `src/content/documents.yaml`: what a document is, independent of its versions. */
export const documentEntry = z.object({
  id: slug,
  title: z.string().min(3, 'judul dokumen wajib diisi'),
  code: z.string().regex(/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/, 'kode singkat berhuruf kapital, contoh: SOP-PGD'),
  audience: z.array(audience).min(1, 'sebutkan paling sedikit satu pembaca (publik, staf, mitra)'),
  purpose: z.string().min(10, 'tulis tujuan dokumen dalam satu kalimat'),
  order: z.number().int().nonnegative(),
  /** Clause ids that the current version must contain: what a complete document of this kind has. */
  required: z.array(slug).default([]),
});

export type DocumentEntry = z.output<typeof documentEntry>;
