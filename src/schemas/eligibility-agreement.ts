import { z } from 'astro/zod';
import { condition } from './eligibility-condition';
import { firstMatchList } from './rule-list';
import { clauseLink } from './screening';
import { slug } from './shared';

/** A clause of the guideline a section or step follows, with the part of it meant ("ayat (2) huruf a"). */
export const citation = z.object({ clause: clauseLink, at: z.string().min(3).optional() }).strict();

/** One wording of a section, for the drafts where `when` holds. `{jenis-mitra}` is filled in; a paragraph
 *  that is only `{tujuan}`, `{bidang}` or `{perbaikan}` becomes the lettered list of those answers. */
const wording = z.object({ when: condition.optional(), paragraphs: z.array(z.string().min(3)).min(1) }).strict();

const section = z
  .object({
    id: slug,
    title: z.string().min(3),
    /** The guideline names this section among what the form contains at the least. */
    required: z.boolean().default(false),
    /** Only in drafts where this holds, e.g. the improvement plan of a "memenuhi dengan catatan" result. */
    when: condition.optional(),
    cites: z.array(citation).min(1, 'setiap bagian naskah mengutip paling sedikit satu pasal pedoman'),
    /** First match: the first wording whose `when` holds; the last has none. */
    text: firstMatchList(wording),
  })
  .strict();

/** A draft of one kind of agreement (Nota Kesepahaman, Perjanjian Kerja Sama), section by section. */
const agreement = z
  .object({ id: slug, title: z.string().min(3), clause: clauseLink, sections: z.array(section).min(1) })
  .strict();

/** One step from application to signing and monitoring: who acts, with which document, under which clause. */
const processStep = z
  .object({
    id: slug,
    title: z.string().min(3),
    who: z.string().min(3),
    document: z.string().min(3),
    text: z.string().min(10),
    cites: z.array(citation).min(1),
    /** The forms of partnership this step belongs to; absent means all. */
    forms: z.array(slug).min(1).optional(),
  })
  .strict();

export const agreementData = { agreements: z.array(agreement).min(1), process: z.array(processStep).min(1) };

export type Citation = z.output<typeof citation>;
export type Agreement = z.output<typeof agreement>;
export type AgreementSection = Agreement['sections'][number];
export type ProcessStep = z.output<typeof processStep>;
