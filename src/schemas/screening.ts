import { z } from 'astro/zod';
import { clusterIds } from '../lib/screening/clusters';
import { flags } from '../lib/screening/flags';
import { ruleNames } from '../lib/screening/rule-names';
import { slug } from './shared';

/** A link to a clause of a document's current version, e.g. `/dokumen/panduan-pengaduan/#lembaga-lain-dulu`. */
export const clauseLink = z
  .string()
  .regex(/^\/dokumen\/[a-z0-9-]+\/#[a-z0-9-]+$/, 'harus berupa tautan ke bagian dokumen, contoh: /dokumen/panduan-pengaduan/#lembaga-lain-dulu');

/** Where a step goes: one node, or a rule (a pure function in src/lib/screening/rules.ts) choosing among several. */
const next = z.union([slug, z.object({ rule: z.enum(ruleNames), to: z.array(slug).min(2) }).strict()]);

const option = z
  .object({
    id: slug,
    label: z.string().min(2),
    hint: z.string().optional(),
    next: slug.optional(),
    /** A "none of these" choice: picking it clears the others. */
    exclusive: z.boolean().default(false),
    flags: z.array(z.enum(flags)).default([]),
    clusters: z.array(z.enum(clusterIds)).default([]),
  })
  .strict();

const question = z
  .object({
    id: slug,
    kind: z.literal('question'),
    type: z.enum(['single', 'multiple', 'date', 'province']),
    title: z.string().min(5),
    hint: z.string().optional(),
    /** How the answer reads on the check-your-answers step. */
    summary: z.string().min(3),
    options: z.array(option).default([]),
    /** Where the flow goes when the chosen option sets no `next` of its own. */
    next: next.optional(),
  })
  .strict();

const info = z
  .object({
    id: slug,
    kind: z.literal('info'),
    title: z.string().min(5),
    body: z.array(z.string().min(3)).min(1),
    contacts: z.array(slug).default([]),
    next: slug,
  })
  .strict();

const outcome = z
  .object({
    id: slug,
    kind: z.literal('outcome'),
    title: z.string().min(5),
    lead: z.string().min(10),
    why: z.array(z.string().min(5)).min(1),
    steps: z.array(z.string().min(5)).min(1),
    prepare: z.array(z.string().min(3)).default([]),
    contacts: z.array(slug).min(1),
    clauses: z.array(z.object({ href: clauseLink, label: z.string().min(3) }).strict()).min(1, 'setiap hasil mengutip paling sedikit satu bagian pedoman'),
  })
  .strict();

export const screeningFlow = z
  .object({
    start: slug,
    /** Texts for the reasons the rules give, by key. */
    reasons: z.record(z.string(), z.string().min(5)),
    nodes: z.array(z.discriminatedUnion('kind', [question, info, outcome])).min(2),
  })
  .strict();

export type ScreeningFlow = z.output<typeof screeningFlow>;
export type FlowNode = ScreeningFlow['nodes'][number];
export type Question = Extract<FlowNode, { kind: 'question' }>;
export type Info = Extract<FlowNode, { kind: 'info' }>;
export type Outcome = Extract<FlowNode, { kind: 'outcome' }>;
export type Next = z.output<typeof next>;
