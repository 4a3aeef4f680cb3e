import { contentTable } from '../../../schemas/collections';
import { figureProblems } from '../../figures/check-figures';
import { issuesToErrors, type ContentError } from '../errors';
import type { ParsedFile } from './corpus-files';

/** The published figures: their schema, their references, and a note wherever they disagree or do not add up. */
export function checkFigures({ file, data }: ParsedFile, terms: ReadonlySet<string>): ContentError[] {
  const parsed = contentTable.figures.schema.safeParse(data);
  if (!parsed.success) return issuesToErrors(file, data, parsed.error.issues);
  const errors: ContentError[] = figureProblems(parsed.data).map((p) => ({ file, ...p }));
  parsed.data.categories.forEach((c, i) => {
    if (c.term && !terms.has(c.term)) errors.push({ file, field: `categories[${i}].term`, reason: `istilah "${c.term}" tidak ada di daftar istilah` });
  });
  return errors;
}
