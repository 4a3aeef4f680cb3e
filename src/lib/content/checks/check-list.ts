import type { z } from 'astro/zod';
import { issuesToErrors, type ContentError } from '../errors';
import type { ParsedFile } from './corpus-files';

/** Checks a YAML list of entries that each carry an `id`; returns the entries that parsed, by id. */
export function checkList<T extends { id: string }>({ file, data, broken }: ParsedFile, schema: z.ZodType<T>, errors: ContentError[]): Map<string, T> {
  const entries = new Map<string, T>();
  if (broken) return entries;
  if (!Array.isArray(data)) {
    errors.push({ file, field: '(seluruh isi)', reason: 'harus berupa daftar YAML (setiap butir diawali "- id: …")' });
    return entries;
  }
  data.forEach((item: unknown, index) => {
    const label = entryLabel(item, index);
    const parsed = schema.safeParse(item);
    if (!parsed.success) {
      errors.push(...issuesToErrors(file, item, parsed.error.issues, label));
      return;
    }
    if (entries.has(parsed.data.id)) {
      errors.push({ file, field: `${label}.id`, reason: `id "${parsed.data.id}" dipakai lebih dari sekali` });
    }
    entries.set(parsed.data.id, parsed.data);
  });
  return entries;
}

function entryLabel(item: unknown, index: number): string {
  const id = item && typeof item === 'object' && 'id' in item ? (item as { id: unknown }).id : undefined;
  return typeof id === 'string' && id ? id : `butir ke-${index + 1}`;
}

/**
 * The ids a file declares, for references to it. An entry that is there but broken still counts as there: its
 * own problem is reported once. A file that could not be read answers for every id: references to it are not
 * checked until it is mended.
 */
export function knownIds(file: ParsedFile): Set<string> {
  return file.broken ? anyId : idsIn(file);
}

/** The ids of a file that could not be read: any id counts as there, so no reference to it is blamed. */
const anyId: Set<string> = new (class extends Set<string> {
  override has(): boolean {
    return true;
  }
})();

function idsIn({ data }: ParsedFile): Set<string> {
  return new Set((Array.isArray(data) ? data : []).flatMap((item: unknown) => (typeof (item as { id?: unknown })?.id === 'string' ? [(item as { id: string }).id] : [])));
}
