import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contact } from './schemas/contact';
import { versionFrontmatter } from './schemas/document';
import { documentEntry } from './schemas/registry';

export const collections = {
  /** The registry: one entry per document. */
  documents: defineCollection({ loader: file('src/content/documents.yaml'), schema: documentEntry }),
  /** Every version of every document; the id is `<doc>/<file name>`. */
  versions: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: 'src/content/documents', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: versionFrontmatter,
  }),
  contacts: defineCollection({ loader: file('src/content/contacts.yaml'), schema: contact }),
};
