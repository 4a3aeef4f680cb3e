import { contentTable } from '../../../schemas/collections';
import { channelItems, dateProblems } from '../../contacts/check-dates';
import type { ContentError } from '../errors';
import { checkList } from './check-list';
import type { ParsedFile } from './corpus-files';

/** contacts.yaml: each contact against its schema, then the dates of its channels (none later than today). */
export function checkContacts(contacts: ParsedFile, today: string): ContentError[] {
  const errors: ContentError[] = [];
  for (const c of checkList(contacts, contentTable.contacts.schema, errors).values()) {
    errors.push(...dateProblems(channelItems(c.id, c.channels), today).map((p) => ({ file: contacts.file, ...p })));
  }
  return errors;
}
