import { contentTable } from '../../../schemas/collections';
import type { GlossaryEntry } from '../../../schemas/glossary';
import { checkList } from './check-list';
import type { Checked, ParsedFile } from './corpus-files';

/** glossary.yaml: each term against its schema, ids used once. */
export function checkGlossary(glossary: ParsedFile): Checked<GlossaryEntry[]> {
  const errors: Checked<GlossaryEntry[]>['errors'] = [];
  return { errors, parsed: [...checkList(glossary, contentTable.glossary.schema, errors).values()] };
}
