import { z } from 'astro/zod';
import { partialDate, slug } from './shared';

/**
 * KPAI's published complaint figures (`src/content/figures/complaints.yaml`), shown at /angka-pengaduan/.
 * Every figure names its sources; where sources disagree or parts do not add up to their whole, a note says
 * so — the content check refuses such a figure without one (src/lib/figures/check-figures.ts).
 */

/** A publication that states figures. `date` is left out only when no source gives it. */
const figureSource = z
  .object({
    id: slug,
    title: z.string().min(3, 'judul sumber wajib diisi'),
    url: z.url({ error: 'harus berupa URL lengkap (https://…)' }).optional(),
    date: partialDate.optional(),
  })
  .strict();

/**
 * What is counted. `partOf` names the whole this category is one of the complete parts of (the four PHA
 * clusters and PKA add up to their wholes); `within` names a whole this category is only some of (a few of
 * the fifteen PKA forms), so it may not exceed it.
 */
const figureCategory = z
  .object({
    id: slug,
    label: z.string().min(2),
    /** A shorter label for charts and table rows, when the full one is long. */
    short: z.string().min(2).optional(),
    partOf: slug.optional(),
    within: slug.optional(),
    /** A glossary id to explain the term. */
    term: slug.optional(),
  })
  .strict()
  .refine((c) => !(c.partOf && c.within), { message: 'isi salah satu saja: "partOf" (bagian dari keseluruhan) atau "within" (sebagian dari)', path: ['within'] });

/** A span of time the figures cover: a year, or part of one. */
const figurePeriod = z
  .object({
    id: z.string().regex(/^\d{4}(?:-[a-z0-9]+)?$/, 'harus berupa tahun, boleh diikuti penanda bagian tahun (contoh: "2023", "2025-s1")'),
    label: z.string().min(4),
    /** For part of a year: which months, e.g. "Januari–Juni". Charts draw it apart and say so. */
    partial: z.string().min(3).optional(),
  })
  .strict();

const sourceIds = z.array(slug).min(1, 'sebutkan paling sedikit satu sumber');

const figure = z
  .object({
    period: z.string(),
    category: slug,
    value: z.number({ error: 'harus berupa angka tanpa titik ribuan (contoh: 3883)' }).int('harus bilangan bulat; tulis tanpa titik ribuan (contoh: 3883, bukan 3.883)').nonnegative('tidak boleh negatif'),
    sources: sourceIds,
    /** Other values other sources give for the same count. The table shows them; a note must explain. */
    otherValues: z
      .array(z.object({ value: z.number().int().nonnegative(), sources: sourceIds }).strict())
      .optional(),
  })
  .strict();

/** Something a reader must know to read the figures right. `about` ties it to the figures it explains. */
const figureNote = z
  .object({
    period: z.string().optional(),
    about: z.array(slug).default([]),
    text: z.string().min(10),
  })
  .strict();

/** A published figure that does not fit the table (by channel, by age, by province, part of a year). */
const otherFigure = z
  .object({
    /** The period it belongs with, when it belongs with one. */
    period: z.string().optional(),
    text: z.string().min(10),
    sources: sourceIds,
  })
  .strict();

export const figuresData = z
  .object({
    /** How to read the groups and clusters, in plain words; shown above the charts. */
    guide: z.string().min(10).optional(),
    sources: z.array(figureSource).min(1),
    categories: z.array(figureCategory).min(1),
    periods: z.array(figurePeriod).min(1),
    figures: z.array(figure).min(1),
    notes: z.array(figureNote).default([]),
    otherFigures: z.array(otherFigure).default([]),
    /** Figures that circulate but are not shown, and why (without repeating them). */
    leftOut: z.array(z.string().min(10)).default([]),
  })
  .strict();

export type FiguresData = z.output<typeof figuresData>;
export type FigureSource = FiguresData['sources'][number];
export type FigureCategory = FiguresData['categories'][number];
export type FigurePeriod = FiguresData['periods'][number];
export type Figure = FiguresData['figures'][number];
