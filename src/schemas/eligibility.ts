import { z } from 'astro/zod';
import { clauseLink } from './screening';
import { slug } from './shared';

/** What an answer to a criterion means: met, met for now by a written commitment (where the clause allows), or not met. */
export const answerResults = ['terpenuhi', 'komitmen', 'belum'] as const;

const choice = z.object({ id: slug, label: z.string().min(2), result: z.enum(answerResults) }).strict();

/** One criterion of the partnership guideline, citing the clause that states it. */
const criterion = z
  .object({
    id: slug,
    clause: clauseLink,
    theme: slug,
    title: z.string().min(3),
    /** Partner kinds it applies to; absent means all. */
    appliesTo: z.array(slug).optional(),
    level: z.enum(['wajib', 'dianjurkan']),
    /** Required only when the planned activities involve children directly or their data (Pasal 15). */
    requiredWhenChildContact: z.boolean().default(false),
    question: z.string().min(10),
    hint: z.string().optional(),
    choices: z.array(choice).min(2),
    evidence: z.string().min(5),
    whenNotMet: z.string().min(10),
  })
  .strict();

const planQuestion = z
  .object({ id: slug, question: z.string().min(10), hint: z.string().optional(), yes: z.string().min(2), no: z.string().min(2) })
  .strict();

export const eligibilityData = z
  .object({
    partnerKinds: z.array(z.object({ id: slug, label: z.string().min(3), hint: z.string().optional() }).strict()).min(2),
    themes: z.array(z.object({ id: slug, title: z.string().min(3) }).strict()).min(1),
    criteria: z.array(criterion).min(1),
    /** Questions about the planned activities, which decide the form of partnership. */
    plan: z.array(planQuestion).min(1),
    /** The forms of partnership, each with the clause that describes when it fits. */
    forms: z.array(z.object({ id: slug, title: z.string().min(3), why: z.string().min(10), clause: clauseLink }).strict()).min(2),
  })
  .strict();

export type EligibilityData = z.output<typeof eligibilityData>;
export type Criterion = EligibilityData['criteria'][number];
