import { z } from 'astro/zod';
import { regionalKinds } from './service';
import { clauseLink } from './screening';
import { slug } from './shared';
import { firstMatchList } from './rule-list';
import { ages } from '../lib/referral/ages';

const choice = z.object({ id: slug, label: z.string().min(2), hint: z.string().optional() }).strict();

/** When a rule applies. Every field that is given must hold; a list of case types or ages means "any of". */
const condition = z
  .object({
    caseTypes: z.array(slug).min(1).optional(),
    ages: z.array(z.enum(ages)).min(1).optional(),
    /** Every one of these flags is set. */
    flags: z.array(slug).min(1).optional(),
    /** None of these flags is set. */
    notFlags: z.array(slug).min(1).optional(),
    /** What the directory knows of the place: services it has, or lacks, at regency or province level. */
    region: z
      .object({ has: z.array(z.enum(regionalKinds)).min(1).optional(), lacks: z.array(z.enum(regionalKinds)).min(1).optional() })
      .strict()
      .optional(),
  })
  .strict();

/** One thing to do: who, why, how, what to bring, and the clause of the referral guide behind it. */
const step = z
  .object({
    id: slug,
    title: z.string().min(5),
    why: z.string().min(10),
    how: z.string().min(10),
    bring: z.array(z.string().min(3)).default([]),
    /** National contacts, by id in contacts.yaml, in the order to try them. */
    contacts: z.array(slug).default([]),
    /** The place's own service of this kind, from the regional directory. */
    regional: z.enum(regionalKinds).optional(),
    /** Who to contact instead when the directory has no sourced channel for that regional service. */
    fallback: slug.optional(),
    clause: clauseLink,
    /** The plain-language section of the complaint guide for the public, where there is one. */
    guide: clauseLink.optional(),
  })
  .strict()
  .refine((s) => !s.regional || s.fallback, { message: 'langkah dengan "regional" wajib menyebut "fallback": kontak nasional bila layanan daerah belum bersumber', path: ['fallback'] });

const rule = z.object({ id: slug, label: z.string().min(5), when: condition.optional(), steps: z.array(slug).min(1) }).strict();
const conditionalRule = rule.extend({ when: condition });

/**
 * The referral rules, read in three passes. `urgent`: every rule that holds puts its steps first. `routes`:
 * the first rule that holds gives the main path, and the last route has no condition, so there is always
 * one. `additions`: every rule that holds adds its steps at the end. A step already on the path is not
 * repeated; the rule that asked for it again is recorded on it.
 */
export const referralRules = z
  .object({
    caseTypes: z.array(choice).min(1),
    flags: z.array(choice).min(1),
    steps: z.array(step).min(1),
    urgent: z.array(conditionalRule).default([]),
    routes: firstMatchList(rule),
    additions: z.array(conditionalRule).default([]),
  })
  .strict();

export type ReferralRules = z.output<typeof referralRules>;
export type ReferralStep = ReferralRules['steps'][number];
export type ReferralRule = ReferralRules['routes'][number];
export type Condition = NonNullable<ReferralRule['when']>;
