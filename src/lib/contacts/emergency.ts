import type { Contact } from '../../schemas/contact';

/** The contacts of the emergency strip, in the order people should try them: by position, then the rest. */
export function emergencyContacts<C extends Pick<Contact, 'id' | 'emergency'>>(contacts: readonly C[]): C[] {
  const rank = (c: C) => (typeof c.emergency === 'number' ? c.emergency : Number.MAX_SAFE_INTEGER);
  return contacts.filter((c) => c.emergency !== false).sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id));
}
