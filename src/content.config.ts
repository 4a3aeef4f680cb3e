import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { contact } from './schemas/contact';
import { versionFrontmatter } from './schemas/document';
import { flow } from './schemas/flow';
import { glossaryEntry } from './schemas/glossary';
import { screeningFlow } from './schemas/screening';
import { eligibilityData } from './schemas/eligibility';
import { documentEntry } from './schemas/registry';
import { canonicalSituation, destination, question, routingRules, step } from './schemas/routing';
import { regionalService } from './schemas/service';
import { figuresData } from './schemas/figures';

// PEDOMAN_CONTENT_DIR builds the site from another content tree: the tests use it on small broken fixtures.
const root = process.env.PEDOMAN_CONTENT_DIR ?? 'src/content';

export const collections = {
  /** The registry: one entry per document. */
  documents: defineCollection({ loader: file(`${root}/documents.yaml`), schema: documentEntry }),
  /** Every version of every document; the id is `<doc>/<file name>`. */
  versions: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${root}/documents`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: versionFrontmatter,
  }),
  contacts: defineCollection({ loader: file(`${root}/contacts.yaml`), schema: contact }),
  glossary: defineCollection({ loader: file(`${root}/glossary.yaml`), schema: glossaryEntry }),
  flows: defineCollection({ loader: file(`${root}/flows.yaml`), schema: flow }),
  /** The pre-screening's own file (interludes, KPAI's part, urgency): one entry, the whole file. */
  screening: defineCollection({
    loader: file(`${root}/tools/screening/flow.yaml`, { parser: (text) => [{ id: 'flow', ...(parse(text) as object) }] }),
    schema: screeningFlow.extend({ id: z.string() }),
  }),
  /** The partnership criteria: one entry, the whole file. */
  eligibility: defineCollection({
    loader: file(`${root}/tools/eligibility/criteria.yaml`, { parser: (text) => [{ id: 'criteria', ...(parse(text) as object) }] }),
    schema: eligibilityData.extend({ id: z.string() }),
  }),
  /** The routing model both public tools read (see src/schemas/routing.ts). */
  /** One entry, the whole list: the questions are asked in file order, which a collection of entries would lose. */
  routingQuestions: defineCollection({
    loader: file(`${root}/tools/routing/questions.yaml`, { parser: (text) => [{ id: 'questions', questions: parse(text) as unknown[] }] }),
    schema: z.object({ id: z.string(), questions: question.array() }),
  }),
  routingDestinations: defineCollection({ loader: file(`${root}/tools/routing/destinations.yaml`), schema: destination }),
  routingSteps: defineCollection({ loader: file(`${root}/tools/routing/steps.yaml`), schema: step }),
  routingRules: defineCollection({
    loader: file(`${root}/tools/routing/rules.yaml`, { parser: (text) => [{ id: 'rules', ...(parse(text) as object) }] }),
    schema: routingRules.extend({ id: z.string() }),
  }),
  routingSituations: defineCollection({ loader: file(`${root}/tools/routing/situations.yaml`), schema: canonicalSituation }),
  /** Regional services, by Kemendagri region code. */
  services: defineCollection({ loader: file(`${root}/services/regional.yaml`), schema: regionalService }),
  /** KPAI's published complaint figures: one entry, the whole file. */
  figures: defineCollection({
    loader: file(`${root}/figures/complaints.yaml`, { parser: (text) => [{ id: 'complaints', ...(parse(text) as object) }] }),
    schema: figuresData.extend({ id: z.string() }),
  }),
};
