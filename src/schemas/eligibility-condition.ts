import { z } from 'astro/zod';
import { slug } from './shared';

/** The results of an assessment, as Pedoman Kemitraan Pasal 10 ayat (3) names them. */
export const verdicts = ['memenuhi', 'memenuhi-dengan-catatan', 'belum-memenuhi'] as const;

/**
 * When a rule of the eligibility data applies: the choice of form, a criterion's level, a variant of a draft
 * agreement's section. Every field that is given must hold; a list means "any of".
 */
export const condition = z
  .object({
    /** The partner is of one of these kinds. */
    kinds: z.array(slug).min(1).optional(),
    /** The assessment's result is one of these (not usable where the result is still being worked out). */
    verdicts: z.array(z.enum(verdicts, { error: `harus salah satu dari: ${verdicts.join(', ')}` })).min(1).optional(),
    /** The chosen form of partnership is one of these (only in drafts: the form is what the other rules decide). */
    forms: z.array(slug).min(1).optional(),
    /** At least one of these questions about the planned activities is answered "ya". */
    anyYes: z.array(slug).min(1).optional(),
    /** None of these questions about the planned activities is answered "ya". */
    noneYes: z.array(slug).min(1).optional(),
  })
  .strict()
  .refine((c) => Object.keys(c).length > 0, 'syarat kosong: tulis paling sedikit satu dari kinds, verdicts, forms, anyYes, noneYes, atau hapus "when"');

export type Condition = z.output<typeof condition>;
export type Verdict = (typeof verdicts)[number];
