import type { z } from 'astro/zod';
import { contact } from '../../schemas/contact';
import { versionFrontmatter, type VersionFrontmatter } from '../../schemas/document';
import { documentEntry } from '../../schemas/registry';
import { issuesToErrors, type ContentError } from './errors';

export interface ParsedFile {
  /** Path as an author sees it, e.g. `src/content/documents/sop-pengaduan/0.1.mdx`. */
  file: string;
  data: unknown;
}

export interface CorpusFiles {
  registry: ParsedFile;
  contacts: ParsedFile;
  /** Frontmatter of every version file. */
  versions: ParsedFile[];
  /** The folder of version files, as an author sees it. */
  versionsDir: string;
}

/**
 * Checks everything the build relies on across files: each file against its schema, then what no single
 * schema can see — unknown documents, a version in the wrong folder, two files claiming one version,
 * a document with no version, repeated ids.
 */
export function checkCorpus({ registry, contacts, versions, versionsDir }: CorpusFiles): ContentError[] {
  const errors: ContentError[] = [];
  const documentIds = checkList(registry, documentEntry, errors);
  checkList(contacts, contact, errors);

  const claimed = new Map<string, string>();
  const withVersions = new Set<string>();
  for (const { file, data } of versions) {
    // A broken file still counts as its document's version: one problem, reported once.
    const named = (data as { document?: unknown } | undefined)?.document;
    if (typeof named === 'string') withVersions.add(named);
    const parsed = versionFrontmatter.safeParse(data);
    if (!parsed.success) {
      errors.push(...issuesToErrors(file, data, parsed.error.issues));
      continue;
    }
    const fm: VersionFrontmatter = parsed.data;
    if (!documentIds.has(fm.document)) {
      errors.push({
        file,
        field: 'document',
        reason: `dokumen "${fm.document}" tidak terdaftar di ${registry.file} (yang terdaftar: ${[...documentIds].join(', ') || 'belum ada'})`,
      });
      continue;
    }
    const folder = file.split('/').at(-2);
    if (folder !== fm.document) {
      errors.push({ file, field: 'document', reason: `berkas ada di folder "${folder}" tetapi menyebut dokumen "${fm.document}"` });
    }
    const key = `${fm.document}@${fm.version}`;
    const other = claimed.get(key);
    if (other) {
      errors.push({ file, field: 'version', reason: `versi "${fm.version}" dokumen "${fm.document}" sudah dinyatakan oleh ${other}` });
    } else {
      claimed.set(key, file);
    }
    withVersions.add(fm.document);
  }

  for (const id of documentIds) {
    if (!withVersions.has(id)) {
      errors.push({ file: registry.file, field: `${id}`, reason: `belum ada satu pun versi di ${versionsDir}/${id}/` });
    }
  }
  return errors;
}

/** Checks a YAML list of entries that each carry an `id`, and returns the ids that parsed. */
function checkList({ file, data }: ParsedFile, schema: z.ZodType<{ id: string }>, errors: ContentError[]): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(data)) {
    errors.push({ file, field: '(seluruh isi)', reason: 'harus berupa daftar YAML (setiap butir diawali "- id: …")' });
    return ids;
  }
  data.forEach((item: unknown, index) => {
    const label = entryLabel(item, index);
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      errors.push(...issuesToErrors(file, item, parsed.error.issues, label));
      return;
    }
    if (ids.has(parsed.data.id)) {
      errors.push({ file, field: `${label}.id`, reason: `id "${parsed.data.id}" dipakai lebih dari sekali` });
    }
    ids.add(parsed.data.id);
  });
  return ids;
}

function entryLabel(item: unknown, index: number): string {
  const id = item && typeof item === 'object' && 'id' in item ? (item as { id: unknown }).id : undefined;
  return typeof id === 'string' && id ? id : `butir ke-${index + 1}`;
}
