import { z } from 'astro/zod';

/** A link to a clause of a document's current version, e.g. `/dokumen/panduan-pengaduan/#lembaga-lain-dulu`. */
export const clauseLink = z
  .string()
  .regex(/^\/dokumen\/[a-z0-9-]+\/#[a-z0-9-]+$/, 'harus berupa tautan ke bagian dokumen, contoh: /dokumen/panduan-pengaduan/#lembaga-lain-dulu');
