import { z } from 'astro/zod';
import './messages';
import { audienceIds } from './vocabularies';

/** A lower-case URL slug: letters, digits and single hyphens. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'harus berupa slug: huruf kecil, angka dan tanda hubung (contoh: "sop-pengaduan")');

/**
 * A calendar date written YYYY-MM-DD. YAML parsers disagree on whether such a value is a Date or a string,
 * so both are accepted and the output is always the ISO string (which also sorts correctly as text).
 */
export const isoDate = z
  .union([z.date(), z.string()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .refine(isRealDate, 'harus berupa tanggal nyata dengan format YYYY-MM-DD (contoh: 2024-02-29)');

function isRealDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** What a source that shows no date is dated with: said as it is, and always due for a re-check. */
export const UNDATED = 'tanpa tanggal';

/**
 * A date that may be known only to the month ("2022-10") or year ("2021"), as when a source gives no day, or
 * "tanpa tanggal" for a source that shows no date at all. Written as text; dates sort correctly as text.
 */
export const partialDate = z
  .union([z.date(), z.string()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
  .refine(
    (value) => value === UNDATED || /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/.test(value) || isRealDate(value),
    'harus berupa tanggal YYYY-MM-DD, YYYY-MM atau YYYY bila sumber hanya menyebut bulan atau tahun (contoh: 2022-10), atau "tanpa tanggal" bila sumber tidak bertanggal',
  );

/**
 * The day a person last checked a channel themselves (called it, or found it on the service's own site).
 * Always a full date, because whoever checks knows the day. Absent, or left empty, until someone does.
 */
export const checkedDate = z
  .union([z.date(), z.string(), z.null()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : (value ?? undefined)))
  .refine((value) => value === undefined || isRealDate(value), 'harus berupa tanggal pemeriksaan lengkap YYYY-MM-DD (contoh: 2026-12-03); biarkan kosong bila belum ada yang memeriksa')
  .optional();

/**
 * Fields that were renamed: an old name gets this message, naming the field to write instead, rather than
 * "unknown field" plus "required" for the new one.
 */
export const renamedFields: Readonly<Record<string, { to: string; reason: string }>> = {
  verifiedAt: {
    to: 'sourceDate',
    reason: 'kolom ini sudah diganti: tulis tanggal terbit sumbernya di "sourceDate", dan tanggal seseorang memeriksa kanal itu langsung di "checkedAt" (boleh dikosongkan)',
  },
};

export const audience = z.enum(audienceIds, {
  error: `harus salah satu dari: ${audienceIds.join(', ')}`,
});

/** Where a fact comes from: a named publication and, where it is online, its address. */
export const source = z.object({
  title: z.string().min(3, 'judul sumber wajib diisi'),
  url: z.url({ error: 'harus berupa URL lengkap (https://…)' }).optional(),
});

export type Audience = z.output<typeof audience>;
export type Source = z.output<typeof source>;
