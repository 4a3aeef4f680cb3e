import { getCollection, type CollectionEntry } from 'astro:content';
import { currentVersion, newestFirst } from '../lib/documents/versions';
import type { VersionFrontmatter } from '../schemas/document';
import type { DocumentEntry } from '../schemas/registry';
import type { Contact } from '../schemas/contact';

/** One version's frontmatter, with the collection entry to render it. */
export type VersionEntry = VersionFrontmatter & { entry: CollectionEntry<'versions'> };

export interface DocumentWithVersions extends DocumentEntry {
  /** Newest first. */
  versions: VersionEntry[];
  current: VersionEntry;
}

/** The registry joined with its versions, in the registry's order. The content guard has already
 *  proved that every document has a version, so `current` always exists. */
export async function loadDocuments(): Promise<DocumentWithVersions[]> {
  const [registry, entries] = await Promise.all([getCollection('documents'), getCollection('versions')]);
  const versions: VersionEntry[] = entries.map((entry) => ({ ...entry.data, entry }));
  return registry
    .map(({ data }) => {
      const own = newestFirst(versions.filter((v) => v.document === data.id));
      const current = currentVersion(own);
      if (!current) throw new Error(`Dokumen "${data.id}" tidak punya versi`);
      return { ...data, versions: own, current };
    })
    .sort((a, b) => a.order - b.order);
}

export async function loadContacts(): Promise<Contact[]> {
  return (await getCollection('contacts')).map((entry) => entry.data);
}
