import { z } from 'astro/zod';
import { agreementData } from './eligibility-agreement';
import { condition } from './eligibility-condition';
import { firstMatchList } from './rule-list';
import { clauseLink } from './screening';
import { slug } from './shared';

import { answerResults, readinessLevels, type AnswerResult, type Readiness } from './vocabularies';

export const levels = ['wajib', 'dianjurkan'] as const;

const choice = z
  .object({ id: slug, label: z.string().min(2), readiness: z.enum(readinessLevels), result: z.enum(answerResults) })
  .strict();

/** A statement with the clause that supports it, or marked as this draft's own proposal ("usulan draf"). */
const note = z.object({ text: z.string().min(5), clause: clauseLink.optional(), proposal: z.boolean().default(false) }).strict();

/** A document that shows a criterion is met; `kinds` limits it to some kinds of partner. */
const evidence = z.object({ text: z.string().min(5), kinds: z.array(slug).min(1).optional(), proposal: z.boolean().default(false) }).strict();

const levelRule = z.object({ when: condition.optional(), level: z.enum(levels) }).strict();

/** One criterion of the partnership guideline, citing the clause that states it. */
const criterion = z
  .object({
    id: slug,
    clause: clauseLink,
    theme: slug,
    title: z.string().min(3),
    /** Partner kinds it applies to; absent means all. */
    appliesTo: z.array(slug).min(1).optional(),
    /** "wajib" or "dianjurkan", or a first-match list of them when it depends on the plans (Pasal 15). */
    level: z.union([z.enum(levels), firstMatchList(levelRule)], {
      error: 'harus "wajib", "dianjurkan", atau daftar aturan { when, level } yang diakhiri aturan tanpa "when"',
    }),
    /** The clause allows a written commitment in its place for now (Pasal 14, 15). */
    commitment: z.boolean().default(false),
    question: z.string().min(10),
    hint: z.string().optional(),
    choices: z.array(choice).min(4),
    evidence: z.array(evidence).min(1),
    /** How KPAI checks the evidence. */
    check: note,
    whenNotMet: z.string().min(10),
    /** What the guideline says KPAI or other partners offer to an organisation that needs help with it. */
    help: note.optional(),
  })
  .strict();

const option = z.object({ id: slug, label: z.string().min(3) }).strict();
/** A multiple-choice question whose options come from one clause (the goals of Pasal 7, the fields of Pasal 25). */
const pick = z.object({ question: z.string().min(10), hint: z.string().optional(), clause: clauseLink, options: z.array(option).min(2) }).strict();

const planQuestion = z
  .object({
    id: slug,
    question: z.string().min(10),
    hint: z.string().optional(),
    yes: z.string().min(2),
    no: z.string().min(2),
    /** What "ya" means, as a statement: how the rules that use it are described to a reader. */
    means: z.string().min(5),
  })
  .strict();

/** A form of partnership: the agreements it is made of, in the order they are signed. */
const form = z
  .object({
    id: slug,
    title: z.string().min(3),
    /** A name short enough for a page title ("Langkah kemitraan: …"). */
    short: z.string().min(3).max(32, 'paling banyak 32 karakter: dipakai dalam judul halaman'),
    why: z.string().min(10),
    clause: clauseLink,
    agreements: z.array(z.object({ agreement: slug, title: z.string().min(3).optional() }).strict()).min(1),
  })
  .strict();

const formRule = z.object({ when: condition.optional(), form: slug }).strict();

/** One part of child safeguarding readiness, assessed through a criterion, with the Kode Etik clauses it relates to. */
const safeguard = z
  .object({ id: slug, title: z.string().min(3), criterion: slug, meaning: z.string().min(10), ethics: z.array(clauseLink).min(1) })
  .strict();

export const eligibilityData = z
  .object({
    /** The document id of the partnership guideline the criteria come from; results record its version. */
    guideline: slug,
    /** The clause that says how criteria give a verdict (Pasal 10): the rule the result rests on. */
    verdictClause: clauseLink,
    partnerKinds: z.array(z.object({ id: slug, label: z.string().min(3), hint: z.string().optional() }).strict()).min(2),
    themes: z.array(z.object({ id: slug, title: z.string().min(3) }).strict()).min(1),
    criteria: z.array(criterion).min(1),
    /** What to tell an organisation that needs help with a criterion whose clause offers none. */
    noHelp: note,
    safeguarding: z.array(safeguard).min(1),
    goals: pick,
    fields: pick,
    /** Questions about the planned activities, which decide a criterion's level and the form of partnership. */
    plan: z.array(planQuestion).min(1),
    forms: z.array(form).min(2),
    /** First match: the first rule whose `when` holds gives the form; the last rule has no `when`. */
    formRules: firstMatchList(formRule),
    ...agreementData,
  })
  .strict();

export type EligibilityData = z.output<typeof eligibilityData>;
/** What the tool in the browser needs: all but the process steps, which have pages of their own. */
export type ToolData = Omit<EligibilityData, 'process'>;
export type Criterion = EligibilityData['criteria'][number];
export type CriterionChoice = Criterion['choices'][number];
export type Note = z.output<typeof note>;
export type Form = EligibilityData['forms'][number];
export type PlanQuestion = EligibilityData['plan'][number];
export type Safeguard = EligibilityData['safeguarding'][number];
export type Level = (typeof levels)[number];
export type { AnswerResult, Readiness };
