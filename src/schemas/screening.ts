import { z } from 'astro/zod';
import { clauseLink } from './clause-link';
import { firstMatchList } from './rule-list';
import { condition } from './routing';
import { slug } from './shared';

export { clauseLink } from './clause-link';

// The complaint pre-screening asks the routing model's questions one per page, and adds what is its own job:
// what to show at once in an emergency, whether this is for KPAI, and how urgent it is. Who to contact, in
// which order and why comes from the routing rules, as in the referral-path finder.

/** A page shown between two questions when its condition holds, e.g. emergency numbers after "danger: yes". */
const interlude = z
  .object({
    id: slug,
    /** The question it follows. */
    after: slug,
    when: condition,
    title: z.string().min(5),
    body: z.array(z.string().min(3)).min(1),
    contacts: z.array(slug).default([]),
    /** The page in child mode: the same condition and contacts, in a child's words. */
    child: z.object({ title: z.string().min(5), body: z.array(z.string().min(3)).min(1) }).strict().optional(),
  })
  .strict();

const clauseRef = z.object({ href: clauseLink, label: z.string().min(3) }).strict();

/** What KPAI's part is in this situation: the pre-screening's own answer to "is this for KPAI?". */
const kpaiRole = z
  .object({
    id: slug,
    when: condition.optional(),
    /** One sentence, the answer in short. */
    verdict: z.string().min(5),
    text: z.string().min(10),
    clauses: z.array(clauseRef).min(1, 'setiap jawaban mengutip paling sedikit satu bagian pedoman'),
    /** KPAI's part, in a child's words. */
    child: z.string().min(10).optional(),
  })
  .strict();

export const urgencyLevels = ['darurat', 'segera', 'biasa'] as const;

const urgency = z
  .object({
    id: slug,
    when: condition.optional(),
    level: z.enum(urgencyLevels, { error: `harus salah satu dari: ${urgencyLevels.join(', ')}` }),
    text: z.string().min(10),
    child: z.string().min(10).optional(),
  })
  .strict();

/** One choice of the letter to a trusted adult: its label, and the sentence it puts in the letter. */
const letterOption = z.object({ id: slug, label: z.string().min(2), text: z.string().min(2) }).strict();

/**
 * One part of the letter: a question with choices (no free text). A sentence may carry `{kejadian}` (what the child
 * said happened) or `{langkah}` (the first places to contact, from the result).
 */
const letterPart = z
  .object({
    id: slug,
    legend: z.string().min(5),
    hint: z.string().optional(),
    type: z.enum(['single', 'multiple']),
    /** For several choices: one sentence that lists them at `{pilihan}` ("Aku merasa {pilihan}."). */
    sentence: z.string().min(5).optional(),
    options: z.array(letterOption).min(2, 'beri paling sedikit dua pilihan'),
  })
  .strict();

/** A promise the child can rely on, and the clause of a guide that says so. */
const promiseItem = z.object({ text: z.string().min(10), clause: clauseLink }).strict();

/** Child mode ("Untuk anak"): what is its own — the start page, the promise, and the letter to a trusted adult. */
export const childMode = z
  .object({
    title: z.string().min(5),
    intro: z.array(z.string().min(5)).min(1),
    promise: z.object({ title: z.string().min(5), items: z.array(promiseItem).min(1) }).strict(),
    letter: z.object({ title: z.string().min(5), intro: z.string().min(10), parts: z.array(letterPart).min(1), closing: z.string().min(5) }).strict(),
  })
  .strict();

export const screeningFlow = z
  .object({
    interludes: z.array(interlude).default([]),
    kpai: firstMatchList(kpaiRole),
    urgency: firstMatchList(urgency),
    child: childMode.optional(),
  })
  .strict();

export type ScreeningFlow = z.output<typeof screeningFlow>;
export type Interlude = ScreeningFlow['interludes'][number];
export type KpaiRole = ScreeningFlow['kpai'][number];
export type Urgency = ScreeningFlow['urgency'][number];
export type ChildModeData = NonNullable<ScreeningFlow['child']>;
export type LetterPart = ChildModeData['letter']['parts'][number];
