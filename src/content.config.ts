import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import type { Loader } from 'astro/loaders';
import { contentChecked } from './integrations/content-verdict';
import { contentTable as table, type CollectionName, type Declared, type Shape } from './schemas/collections';

// PEDOMAN_CONTENT_DIR builds the site from another content tree: the tests use it on small broken fixtures.
const root = process.env.PEDOMAN_CONTENT_DIR ?? 'src/content';

// Every path, schema and shape comes from src/schemas/collections.ts, which the content check reads too.
// One helper per shape, so each collection keeps its schema's own type for the pages.
type Of<K extends Shape['kind']> = Extract<Shape, { kind: K }>;

/** A YAML list: one entry per item, keyed by its `id`. */
const list = <S extends z.ZodType>({ path, schema }: Declared<S, Of<'list'>>) => defineCollection({ loader: file(`${root}/${path}`), schema });

/** The whole file: one entry. */
const whole = <S extends z.ZodObject>({ path, schema, shape }: Declared<S, Of<'whole'>>) =>
  defineCollection({
    loader: file(`${root}/${path}`, { parser: (text) => [{ id: shape.id, ...(parse(text) as object) }] }),
    schema: schema.extend({ id: z.string() }),
  });

/** The whole list as one entry, in file order. */
const ordered = <S extends z.ZodType, const K extends string>({ path, schema, shape }: Declared<S, { kind: 'ordered'; id: string; key: K }>) =>
  defineCollection({
    loader: file(`${root}/${path}`, { parser: (text) => [{ id: shape.id, [shape.key]: parse(text) as unknown[] }] }),
    schema: z.object({ id: z.string() }).extend({ [shape.key]: schema.array() } as Record<K, z.ZodArray<S>>),
  });

/** A folder of files: the id is the path below it without the extension. */
const folder = <S extends z.ZodType>({ path, schema, shape }: Declared<S, Of<'glob'>>) =>
  defineCollection({
    loader: glob({ pattern: `**/*${shape.extension}`, base: `${root}/${path}`, generateId: ({ entry }) => entry.slice(0, -shape.extension.length) }),
    schema,
  });

// The registry and the versions are also written out literally: the Starlight comparison kit
// (../shared/bench-anchors/to-project.mjs) reads this file to confirm where they live before it writes a generated
// corpus there. This check keeps the two spellings equal to the table.
if (table.documents.path !== 'documents.yaml' || table.versions.path !== 'documents' || table.versions.shape.extension !== '.mdx') {
  throw new Error('src/content.config.ts: the registry and versions written out here no longer match src/schemas/collections.ts');
}

/** The collections whose loader reads alongside the content check (see `afterContentCheck`). */
const READ_AHEAD = new Set<string>(['versions'] satisfies CollectionName[]);

export const collections = afterContentCheck({
  documents: defineCollection({ loader: file(`${root}/documents.yaml`), schema: table.documents.schema }),
  versions: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${root}/documents`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: table.versions.schema,
  }),
  contacts: list(table.contacts),
  glossary: list(table.glossary),
  flows: list(table.flows),
  screening: whole(table.screening),
  eligibility: whole(table.eligibility),
  routingQuestions: ordered(table.routingQuestions),
  routingDestinations: list(table.routingDestinations),
  routingSteps: list(table.routingSteps),
  routingRules: whole(table.routingRules),
  routingSituations: list(table.routingSituations),
  services: list(table.services),
  instruments: folder(table.instruments),
  figures: whole(table.figures),
} satisfies Record<CollectionName, unknown>);

/**
 * The loaders and the content check (src/integrations/content-guard.ts, on its own thread) share the work: the
 * versions' loader, which reads most of the content's bytes, runs alongside the check, and if it fails on a
 * content mistake it gives the check's verdict instead of its own error — the file, line, field and reason of
 * every mistake at once. The other loaders wait for the verdict first: they are quick, and they log what they
 * cannot find, which on broken content would be a second, vaguer message. A mistake only the check sees stops
 * the build at `astro:build:start`, which waits for the verdict too, so nothing is built from unchecked content.
 */
function afterContentCheck<T extends Record<string, object>>(collections: T): T {
  const checked = Object.entries(collections).map(([name, collection]) => {
    const { loader } = collection as { loader?: Loader };
    if (typeof loader?.load !== 'function') throw new Error(`src/content.config.ts: koleksi "${name}" tidak memakai pemuat berupa objek`);
    const load = READ_AHEAD.has(name)
      ? async (context: Parameters<Loader['load']>[0]) => {
          try {
            return await loader.load(context);
          } catch (error) {
            await contentChecked();
            throw error;
          }
        }
      : async (context: Parameters<Loader['load']>[0]) => (await contentChecked(), loader.load(context));
    return [name, { ...collection, loader: { ...loader, load } }];
  });
  return Object.fromEntries(checked) as T;
}
