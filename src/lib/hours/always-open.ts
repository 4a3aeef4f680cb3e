import type { Contact } from '../../schemas/contact';
import { channelHref } from '../contacts/channel-href';
import { emergencyContacts } from '../contacts/emergency';

/** A line that answers at any hour, offered when another service is closed. */
export interface AlwaysOpenLine {
  name: string;
  value: string;
  href: string;
}

/**
 * The emergency strip's phone lines that a source says answer 24 hours, in the strip's order (Polisi 110, SAPA
 * 129, …): what "tutup — hubungi …" names. A line whose hours no source gives is not offered as open.
 */
export function alwaysOpen(contacts: readonly Contact[]): AlwaysOpenLine[] {
  return emergencyContacts(contacts).flatMap((contact) => {
    const line = contact.channels.find((c) => c.kind === 'telepon' && c.hours?.always && channelHref(c));
    return line ? [{ name: contact.name, value: line.value, href: channelHref(line)! }] : [];
  });
}
