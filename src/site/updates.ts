import { compareVersionLabels } from '../lib/documents/versions';
import type { DocumentWithVersions, VersionEntry } from './corpus';

export interface Update {
  doc: DocumentWithVersions;
  version: VersionEntry;
  /** The version before it, when there is one: the update page links the comparison. */
  previous?: VersionEntry;
}

/** Every version of every document, newest first by the date of its text: the update page and feed. */
export function allUpdates(documents: readonly DocumentWithVersions[]): Update[] {
  return documents
    .flatMap((doc) => doc.versions.map((version, i) => ({ doc, version, ...(doc.versions[i + 1] ? { previous: doc.versions[i + 1] } : {}) })))
    .sort((a, b) => b.version.date.localeCompare(a.version.date) || compareVersionLabels(b.version.version, a.version.version));
}
