import { z } from 'astro/zod';
import { slug } from './shared';
import { clauseLink } from './clause-link';
import { firstMatchList } from './rule-list';
import { clusterIds, questionTypes, regionalKinds } from './vocabularies';

// The routing model: the questions both public tools ask, the destinations a person can be sent to, the steps
// that say what to do, and the rules that put steps in order. One model, read by one pure function
// (src/lib/routing/route.ts), so the pre-screening and the referral-path finder cannot disagree.
// Ids that point across files (a rule's question and option ids, a step's destination) are checked by
// src/lib/routing/check-model.ts, which names the file, the field and the reason.

const option = z
  .object({
    id: slug,
    label: z.string().min(2, 'label pilihan wajib diisi'),
    hint: z.string().optional(),
    /** A "none of these" choice: picking it clears the others. */
    exclusive: z.boolean().default(false),
    /** KPAI's complaint clusters the answer falls under. */
    clusters: z.array(z.enum(clusterIds, { error: `harus salah satu klaster: ${clusterIds.join(', ')}` })).default([]),
  })
  .strict();

export const question = z
  .object({
    id: slug,
    type: z.enum(questionTypes, { error: `harus salah satu dari: ${questionTypes.join(', ')}` }),
    title: z.string().min(5, 'tulis pertanyaannya'),
    hint: z.string().optional(),
    /** How the answer reads on a summary ("Usia saat kejadian: …"). */
    summary: z.string().min(3, 'tulis label ringkasnya'),
    options: z.array(option).default([]),
  })
  .strict()
  .refine((q) => q.type === 'place' || q.options.length >= 2, { message: 'pertanyaan pilihan butuh paling sedikit dua pilihan', path: ['options'] });

/**
 * When a rule applies: for each question named, one of the listed answers was given; `not`: none of those
 * answers was given; `region`: what the directory knows of the place. Question ids are checked against the
 * questions file by the content check.
 */
const answers = z.array(slug).min(1, 'sebutkan paling sedikit satu jawaban');
export const condition = z
  .object({
    not: z.record(slug, answers).optional(),
    region: z
      .object({
        has: z.array(z.enum(regionalKinds)).min(1).optional(),
        lacks: z.array(z.enum(regionalKinds)).min(1).optional(),
      })
      .strict()
      .optional(),
  })
  .catchall(answers);

export const destination = z
  .object({
    id: slug,
    name: z.string().min(2, 'nama tujuan wajib diisi'),
    /** What it does, in plain words a 12-year-old can follow. */
    what: z.string().min(10, 'jelaskan dengan kata sederhana apa yang dilakukan tujuan ini'),
    /** National contacts, by id in contacts.yaml, in the order to try them. */
    contacts: z.array(slug).default([]),
    /** Kinds of regional service, in order of preference: the place's first kind it has is shown. */
    regional: z.array(z.enum(regionalKinds)).default([]),
    /** A sentence per regional kind, shown when the place's service is of that kind. */
    regionalNotes: z.partialRecord(z.enum(regionalKinds), z.string().min(10)).default({}),
    /** The national contact that connects the person when the destination's own channels are missing. */
    fallback: slug.optional(),
    /** How to find it when the directory has no channel: an office to visit, a person to ask. */
    reach: z.string().min(10).optional(),
    clause: clauseLink,
  })
  .strict();

export const step = z
  .object({
    id: slug,
    /** Who the step sends the person to; none for something to know or do oneself. */
    destination: slug.optional(),
    /** The destination's national contacts in another order, or fewer of them, for this step. */
    contacts: z.array(slug).optional(),
    title: z.string().min(5, 'tulis judul langkah'),
    why: z.string().min(10, 'tulis mengapa langkah ini'),
    how: z.string().min(10, 'tulis caranya'),
    bring: z.array(z.string().min(3)).default([]),
    clause: clauseLink,
    /** The plain-language section of the complaint guide for the public, where there is one. */
    guide: clauseLink.optional(),
  })
  .strict();

const rule = z.object({ id: slug, label: z.string().min(5, 'tulis label aturan'), when: condition.optional(), steps: z.array(slug).min(1) }).strict();
const conditionalRule = rule.extend({ when: condition });

export const routingRules = z
  .object({
    urgent: z.array(conditionalRule).default([]),
    routes: firstMatchList(rule),
    additions: z.array(conditionalRule).default([]),
  })
  .strict();

/** One row of the table of canonical situations: what both tools must say for it. */
export const canonicalSituation = z
  .object({
    id: slug,
    /** The situation in a person's words. */
    story: z.string().min(10, 'ceritakan keadaannya dalam satu kalimat'),
    answers: z.record(slug, z.array(slug)),
    /** A Kemendagri code of a province ("32") or regency ("32.75"); none when the place is unknown. */
    place: z.string().regex(/^\d{2}(?:\.\d{2})?$/, 'kode wilayah Kemendagri, misalnya "32" atau "32.75"').optional(),
    /** The destination of the first step that sends the person somewhere. */
    first: slug,
    /** Destinations the path must mention, anywhere. */
    mentions: z.array(slug).default([]),
    /** Destinations the path must not mention. */
    never: z.array(slug).default([]),
    /** Also run through both tools' pages in the browser tests. */
    browser: z.boolean().default(false),
  })
  .strict();

export type Question = z.output<typeof question>;
export type Condition = z.output<typeof condition>;
export type Destination = z.output<typeof destination>;
export type Step = z.output<typeof step>;
export type RoutingRules = z.output<typeof routingRules>;
export type Rule = RoutingRules['routes'][number];
export type CanonicalSituation = z.output<typeof canonicalSituation>;

/** Everything the engine reads, as the site loads it from the four files. */
export interface RoutingModel extends RoutingRules {
  questions: Question[];
  destinations: Destination[];
  steps: Step[];
}
