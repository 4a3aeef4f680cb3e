import { contentTable } from '../../../schemas/collections';
import type { DocumentEntry } from '../../../schemas/registry';
import { currentVersion } from '../../documents/versions';
import type { ContentError } from '../errors';
import { checkList } from './check-list';
import type { Checked, CorpusFiles, ParsedFile } from './corpus-files';
import type { Versions } from './versions';

/** The registry, documents.yaml: each document against its schema, ids used once. */
export function checkRegistry(registry: ParsedFile): Checked<Map<string, DocumentEntry>> {
  const errors: ContentError[] = [];
  return { errors, parsed: checkList(registry, contentTable.documents.schema, errors) };
}

/** The clause ids of each document's current version, for links and citations to it; none for a document that could not be read. */
export function currentClauses(documents: ReadonlyMap<string, DocumentEntry>, { versions, unreadable }: Versions, today: string): Map<string, Set<string>> {
  const clauses = new Map<string, Set<string>>();
  for (const id of documents.keys()) {
    const current = currentVersion(versions.filter((v) => v.document === id), today);
    if (current && !unreadable.has(id)) clauses.set(id, current.clauseIds);
  }
  return clauses;
}

/** Every registered document has a version, and its current version holds the sections the registry requires. */
export function checkDocumentsComplete(
  files: Pick<CorpusFiles, 'documents' | 'versionsDir' | 'today'>,
  documents: ReadonlyMap<string, DocumentEntry>,
  { versions, withVersions, unreadable }: Versions,
): ContentError[] {
  const errors: ContentError[] = [];
  for (const [id, doc] of documents) {
    if (unreadable.has(id)) continue;
    if (!withVersions.has(id)) {
      errors.push({ file: files.documents.file, field: id, reason: `belum ada satu pun versi di ${files.versionsDir}/${id}/` });
      continue;
    }
    const current = currentVersion(versions.filter((v) => v.document === id), files.today);
    const missing = current ? doc.required.filter((clause) => !current.clauseIds.has(clause)) : [];
    if (current && missing.length > 0) {
      errors.push({
        file: current.file,
        field: '(bagian wajib)',
        reason: `versi terkini "${doc.title}" belum memuat bagian wajib: ${missing.map((m) => `{#${m}}`).join(', ')} (lihat "required" di ${files.documents.file})`,
      });
    }
  }
  return errors;
}
