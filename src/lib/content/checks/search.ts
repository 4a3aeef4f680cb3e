import { contentTable } from '../../../schemas/collections';
import { issuesToErrors, type ContentError } from '../errors';
import type { ParsedFile } from './corpus-files';

/** Every clause id of each document, in any version (a clause-level synonym applies to all of them), and in
 *  its current version (what the relevance set expects to find). */
export interface KnownClauses {
  any: ReadonlyMap<string, ReadonlySet<string>>;
  current: ReadonlyMap<string, ReadonlySet<string>>;
  /** Documents whose files could not be read: their own errors say so, and nothing here blames them again. */
  unreadable?: ReadonlySet<string>;
}

/** The search files: the synonyms' shape and the clauses they name, the relevance set's shape and the
 *  clauses it expects. Absent files are not checked (a content tree may have no search of its own). */
export function checkSearch(files: { synonyms?: ParsedFile; relevance?: ParsedFile }, clauses: KnownClauses): ContentError[] {
  const errors: ContentError[] = [];
  if (files.synonyms) {
    const { file, data } = files.synonyms;
    const parsed = contentTable.synonyms.schema.safeParse(data);
    if (!parsed.success) errors.push(...issuesToErrors(file, data, parsed.error.issues));
    else {
      for (const key of Object.keys(parsed.data.clauses)) {
        const problem = clauseProblem(key, clauses.any, 'di versi mana pun', clauses.unreadable);
        if (problem) errors.push({ file, field: `clauses.${key}`, reason: problem });
      }
    }
  }
  if (files.relevance) {
    const { file, data } = files.relevance;
    if (!Array.isArray(data)) return [...errors, { file, field: '(seluruh isi)', reason: 'harus berupa daftar YAML (setiap butir diawali "- { who: …, query: …, expect: … }")' }];
    data.forEach((item: unknown, index) => {
      const parsed = contentTable.relevance.schema.safeParse(item);
      if (!parsed.success) return errors.push(...issuesToErrors(file, item, parsed.error.issues, `[${index}]`));
      const problem = parsed.data.expect.startsWith('/') ? undefined : clauseProblem(parsed.data.expect, clauses.current, 'di versi terkininya', clauses.unreadable);
      if (problem) errors.push({ file, field: `[${index}].expect ("${parsed.data.query}")`, reason: problem });
    });
  }
  return errors;
}

function clauseProblem(key: string, clauses: ReadonlyMap<string, ReadonlySet<string>>, where: string, unreadable?: ReadonlySet<string>): string | undefined {
  const [doc, clause] = key.split('#') as [string, string];
  if (unreadable?.has(doc)) return undefined;
  if (!clauses.has(doc)) return `dokumen "${doc}" tidak terdaftar`;
  if (!clauses.get(doc)!.has(clause)) return `klausul {#${clause}} tidak ada ${where} dokumen "${doc}"`;
  return undefined;
}
