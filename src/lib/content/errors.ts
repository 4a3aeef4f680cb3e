import type { z } from 'astro/zod';
import { renamedFields } from '../../schemas/shared';

/** A problem in one content file, said so an author can fix it: which file, which field, why. */
export interface ContentError {
  file: string;
  field: string;
  reason: string;
}

/** Turns zod's issues for one file into content errors, naming fields as an author wrote them. */
export function issuesToErrors(file: string, data: unknown, issues: readonly z.core.$ZodIssue[], prefix = ''): ContentError[] {
  // A field written under its old name is one mistake: say so once, not also that the new name is missing.
  const renamedTo = new Set(
    issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys' ? issue.keys.flatMap((key) => (renamedFields[key] ? [fieldName('', [...issue.path, renamedFields[key].to])] : [])) : [],
    ),
  );
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        field: fieldName(prefix, [...issue.path, key]),
        reason: renamedFields[key]?.reason ?? 'kolom tidak dikenal (salah ketik, atau kolom yang tidak dipakai lagi?)',
      }));
    }
    const value = valueAt(data, issue.path);
    if (value === undefined && renamedTo.has(fieldName('', issue.path))) return [];
    const reason =
      value === undefined && issue.code !== 'custom'
        ? 'wajib diisi'
        : isShown(value)
          ? `${issue.message} (tertulis: ${JSON.stringify(value)})`
          : issue.message;
    return [{ file, field: fieldName(prefix, issue.path), reason }];
  });
}

function fieldName(prefix: string, path: readonly PropertyKey[]): string {
  const tail = path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
  const name = `${prefix}${tail}`.replace(/^\./, '');
  return name || '(seluruh isi)';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

function isShown(value: unknown): boolean {
  return ['string', 'number', 'boolean'].includes(typeof value) || value instanceof Date;
}

/** One readable block for the build log: every problem on its own line, grouped by file. */
export function formatContentErrors(errors: readonly ContentError[]): string {
  const byFile = new Map<string, ContentError[]>();
  for (const error of errors) byFile.set(error.file, [...(byFile.get(error.file) ?? []), error]);
  const blocks = [...byFile].map(
    ([file, list]) => `${file}\n${list.map((e) => `  - ${e.field}: ${e.reason}`).join('\n')}`,
  );
  const count = errors.length === 1 ? '1 masalah' : `${errors.length} masalah`;
  return `Isi situs tidak valid (${count}). Perbaiki lalu jalankan build lagi.\n\n${blocks.join('\n\n')}`;
}
