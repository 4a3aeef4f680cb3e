import { z } from 'astro/zod';
import { slug, source } from './shared';

/** One entry of the Daftar Istilah (`src/content/glossary.yaml`); documents link it with `<Term id="…" />`. */
export const glossaryEntry = z
  .object({
    id: slug,
    term: z.string().min(2),
    expansion: z.string().min(3).optional(),
    /** Other ways the term is written, e.g. "Disdukcapil" for "Dukcapil": the tools explain those too. */
    aliases: z.array(z.string().min(2)).default([]),
    definition: z.string().min(10),
    source: source.optional(),
    related: z.array(slug).default([]),
  })
  .strict();

export type GlossaryEntry = z.output<typeof glossaryEntry>;
