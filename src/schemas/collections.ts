import type { z } from 'astro/zod';
import { contact } from './contact';
import { versionFrontmatter } from './document';
import { flow } from './flow';
import { glossaryEntry } from './glossary';
import { screeningFlow } from './screening';
import { eligibilityData } from './eligibility';
import { documentEntry } from './registry';
import { canonicalSituation, destination, question, routingRules, step } from './routing';
import { regionalService } from './service';
import { instrumentFile } from './instrument';
import { figuresData } from './figures';
import { relevanceJudgement, searchLexicon } from './search';

/**
 * How a content file becomes entries. The build (src/content.config.ts) and the content check
 * (src/integrations/read-content.ts) both read this, so a path or a shape is written once.
 */
export type Shape =
  /** A YAML list; each item is one entry, keyed by its `id`. */
  | { kind: 'list' }
  /** The whole file is one entry, with this id. */
  | { kind: 'whole'; id: string }
  /** The whole list is one entry, under `key`, so its order survives (a collection of entries would lose it). */
  | { kind: 'ordered'; id: string; key: string }
  /** A folder of files, one entry each; the id is the path below the folder without the extension. */
  | { kind: 'glob'; extension: '.mdx' | '.yaml' };

export interface Declared<S extends z.ZodType = z.ZodType, K extends Shape = Shape> {
  /** Below the content root (normally `src/content`). */
  path: string;
  /** For `list` and `ordered`, the schema of one item; for `glob`, of one file (an MDX file's frontmatter). */
  schema: S;
  shape: K;
  /** A content tree without the file is not checked for it (a fixture); the page that shows it needs it. */
  optional?: true;
  /** Checked with the rest, but read by the pages that use it rather than as an Astro collection. */
  collection?: false;
}

type Extra = Pick<Declared, 'optional' | 'collection'>;
const declare = <S extends z.ZodType, K extends Shape, const M extends Extra = {}>(path: string, schema: S, shape: K, more?: M): Declared<S, K> & M => ({
  path,
  schema,
  shape,
  ...(more as M),
});
const list = { kind: 'list' } as const;
const whole = <const I extends string>(id: I) => ({ kind: 'whole', id }) as const;

/** Every content file the site reads: where it is, what it holds, and how it becomes entries. */
export const contentTable = {
  /** The registry: one entry per document. */
  documents: declare('documents.yaml', documentEntry, list),
  /** Every version of every document; the id is `<doc>/<file name>`. */
  versions: declare('documents', versionFrontmatter, { kind: 'glob', extension: '.mdx' } as const),
  contacts: declare('contacts.yaml', contact, list),
  glossary: declare('glossary.yaml', glossaryEntry, list),
  flows: declare('flows.yaml', flow, list),
  /** The pre-screening's own file (interludes, KPAI's part, urgency). */
  screening: declare('tools/screening/flow.yaml', screeningFlow, whole('flow')),
  /** The partnership criteria. */
  eligibility: declare('tools/eligibility/criteria.yaml', eligibilityData, whole('criteria')),
  /** The routing model both public tools read (see src/schemas/routing.ts); the questions are asked in file order. */
  routingQuestions: declare('tools/routing/questions.yaml', question, { kind: 'ordered', id: 'questions', key: 'questions' } as const),
  routingDestinations: declare('tools/routing/destinations.yaml', destination, list),
  routingSteps: declare('tools/routing/steps.yaml', step, list),
  routingRules: declare('tools/routing/rules.yaml', routingRules, whole('rules')),
  routingSituations: declare('tools/routing/situations.yaml', canonicalSituation, list),
  /** Regional services, by Kemendagri region code. */
  services: declare('services/regional.yaml', regionalService, list),
  /** Case documentation instruments: one file per instrument and SOP version; the id is `<instrument>/<version>`. */
  instruments: declare('instruments', instrumentFile, { kind: 'glob', extension: '.yaml' } as const),
  /** KPAI's published complaint figures. */
  figures: declare('figures/complaints.yaml', figuresData, whole('complaints'), { optional: true }),
  /** Search's synonyms and relevance set: read by the search build (src/site/search.ts) and the relevance tests. */
  synonyms: declare('search/synonyms.yaml', searchLexicon, whole('synonyms'), { optional: true, collection: false }),
  relevance: declare('search/relevance.yaml', relevanceJudgement, { kind: 'ordered', id: 'relevance', key: 'queries' } as const, { optional: true, collection: false }),
};

export type ContentName = keyof typeof contentTable;
/** The files read as YAML documents (every shape but a folder). */
export type YamlName = { [K in ContentName]: (typeof contentTable)[K]['shape'] extends { kind: 'glob' } ? never : K }[ContentName];
/** The files a content tree may lack. */
export type OptionalName = { [K in YamlName]: (typeof contentTable)[K] extends { optional: true } ? K : never }[YamlName];
/** The files Astro reads as collections (src/content.config.ts declares exactly these). */
export type CollectionName = { [K in ContentName]: (typeof contentTable)[K] extends { collection: false } ? never : K }[ContentName];
