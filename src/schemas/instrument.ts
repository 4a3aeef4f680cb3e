import { z } from 'astro/zod';
import { slug } from './shared';

import { fieldKinds, type FieldKind } from './vocabularies';

export type { FieldKind };

/** Kinds whose answer is picked from a list. */
export const choiceKinds: readonly FieldKind[] = ['pilihan', 'centang'];

const versionLabel = z
  .string({ error: 'wajib diisi sebagai teks bertanda kutip, contoh: sop: "0.2"' })
  .regex(/^\d+(?:\.\d+){0,2}$/, 'harus berupa nomor versi seperti "0.2"');

/**
 * Where a field's duty comes from: `clause#element` in the SOP version the instrument implements, or
 * `document:clause#element` in another document (whose version the instrument names under `documents`).
 * The element is an ayat ("2"), an item in it ("2.a", "2.3") or a table row ("2.penerimaan").
 */
export const citation = z
  .string()
  .regex(
    /^(?:[a-z0-9-]+:)?[a-z0-9-]+(?:#[a-z0-9]+(?:[.-][a-z0-9]+)*)?$/,
    'harus berupa rujukan seperti "pencatatan-registrasi#2.penerimaan" atau "panduan-rujukan:isi-catatan-rujukan#lembaga-tujuan"',
  );

const field = z
  .object({
    id: slug,
    label: z.string().min(2, 'label isian wajib diisi'),
    kind: z.enum(fieldKinds, { error: `jenis isian tidak dikenal; yang ada: ${fieldKinds.join(', ')}` }),
    required: z.boolean().default(false),
    hint: z.string().min(3).optional(),
    /** The clause element (or elements) that require this field. */
    basis: z
      .union([citation, z.array(citation).min(1)], { error: 'wajib menyebut unsur klausul yang mewajibkan isian ini, contoh: pencatatan-registrasi#2.penerimaan' })
      .transform((b) => (typeof b === 'string' ? [b] : b)),
    /** The choices, as printed, for `pilihan` and `centang`… */
    options: z.array(z.string().min(1)).min(1, 'sebutkan paling sedikit satu pilihan').optional(),
    /** …or the id of a code list the site already has (see src/lib/instruments/code-lists.ts). */
    codes: slug.optional(),
    /** Adds a last choice with a line to write on: "Lainnya", or the words given ("Ada, yaitu"). */
    other: z.union([z.boolean(), z.string().min(2)]).default(false),
    /** Handwriting lines for `uraian`. */
    lines: z.number().int().min(1).max(20).optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    const choosing = choiceKinds.includes(f.kind);
    if (choosing && !f.options === !f.codes) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: `isian "${f.kind}" butuh tepat satu dari "options" (daftar pilihan) atau "codes" (daftar kode)` });
    }
    if (!choosing && (f.options || f.codes || f.other)) {
      ctx.addIssue({ code: 'custom', path: [f.options ? 'options' : f.codes ? 'codes' : 'other'], message: `hanya isian "pilihan" atau "centang" yang punya pilihan; isian ini berjenis "${f.kind}"` });
    }
    if (f.kind === 'pilihan' && f.options && f.options.length + (f.other ? 1 : 0) < 2) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'isian "pilihan" butuh paling sedikit dua pilihan; untuk satu kotak centang pakai "centang"' });
    }
    if (f.lines !== undefined && f.kind !== 'uraian') {
      ctx.addIssue({ code: 'custom', path: ['lines'], message: `"lines" hanya untuk isian "uraian"; isian ini berjenis "${f.kind}"` });
    }
  });

const section = z
  .object({
    id: slug,
    title: z.string().min(2, 'judul bagian wajib diisi'),
    note: z.string().min(3).optional(),
    /** Starts a new printed part on a new page, e.g. the letter that leaves KPAI and the record that stays. */
    part: z.string().min(3).optional(),
    /** The part is sent outside KPAI: Pasal 30 ayat (3) — the child's initials, not the full name. */
    outside: z.boolean().default(false),
    /** Words to say, printed in a box from the SOP itself (a consent script): the clause element that holds them. */
    quote: citation.optional(),
    /** Printed as a table with this many empty rows, one column per field (a register, a log). */
    rows: z.number().int().min(1).max(40).optional(),
    fields: z.array(field, { error: 'harus berupa daftar isian (setiap butir diawali "- id: …")' }).min(1, 'bagian butuh paling sedikit satu isian'),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.rows === undefined) return;
    s.fields.forEach((f, i) => {
      if (f.kind === 'uraian' || f.kind === 'centang') {
        ctx.addIssue({ code: 'custom', path: ['fields', i, 'kind'], message: `bagian berbentuk tabel ("rows") tidak dapat memuat isian "${f.kind}"; pakai "teks" atau "pilihan"` });
      }
    });
  });

/**
 * One version of one case documentation instrument (SOP Pasal 30): `src/content/instruments/<id>/<sop>.yaml`.
 * Its version is the SOP version it implements.
 */
export const instrumentFile = z
  .object({
    instrument: slug,
    sop: versionLabel,
    title: z.string().min(5, 'judul instrumen wajib diisi'),
    /** One sentence: what the form is for. */
    purpose: z.string().min(10, 'tulis kegunaan instrumen dalam satu kalimat'),
    /** The stage of the case it belongs to: a step of the complaint flow (code list "tahap"). */
    stage: slug,
    /** Its row in the SOP's list of instruments, e.g. `instrumen-dokumentasi#1.lembar-penerimaan`. */
    basis: citation,
    /** Who fills it in, when the SOP's list does not say. */
    filledBy: z.string().min(3).optional(),
    /** The version of every other document its fields cite, e.g. `panduan-rujukan: "0.2"`. */
    documents: z.record(slug, versionLabel, { error: 'harus berupa daftar dokumen dan versinya, contoh: panduan-rujukan: "0.2"' }).default({}),
    /** What changed against the instrument's previous version. */
    changes: z.array(z.string().min(3), { error: 'harus berupa daftar perubahan, satu baris untuk setiap perubahan' }).default([]),
    /** The header of Pasal 30 ayat (3) — registration number, date, officer — on top of the form. */
    header: z.boolean().default(true),
    /** Other clause elements the header records, e.g. the registration number a referral record must carry. */
    headerBasis: z.array(citation, { error: 'harus berupa daftar rujukan' }).default([]),
    /** A register prints across the page. */
    orientation: z.enum(['potret', 'lanskap'], { error: 'harus salah satu dari: potret, lanskap' }).default('potret'),
    sections: z.array(section, { error: 'harus berupa daftar bagian (setiap butir diawali "- id: …")' }).min(1, 'instrumen butuh paling sedikit satu bagian'),
  })
  .strict();

export type InstrumentFile = z.output<typeof instrumentFile>;
export type InstrumentSection = InstrumentFile['sections'][number];
export type InstrumentField = InstrumentSection['fields'][number];
