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
  })
  .strict();

export const urgencyLevels = ['darurat', 'segera', 'biasa'] as const;

const urgency = z
  .object({
    id: slug,
    when: condition.optional(),
    level: z.enum(urgencyLevels, { error: `harus salah satu dari: ${urgencyLevels.join(', ')}` }),
    text: z.string().min(10),
  })
  .strict();

export const screeningFlow = z
  .object({
    interludes: z.array(interlude).default([]),
    kpai: firstMatchList(kpaiRole),
    urgency: firstMatchList(urgency),
  })
  .strict();

export type ScreeningFlow = z.output<typeof screeningFlow>;
export type Interlude = ScreeningFlow['interludes'][number];
export type KpaiRole = ScreeningFlow['kpai'][number];
export type Urgency = ScreeningFlow['urgency'][number];
