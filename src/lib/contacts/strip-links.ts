import type { Contact } from '../../schemas/contact';
import { channelHref } from './channel-href';
import { emergencyContacts } from './emergency';

export interface StripLink {
  href: string;
  text: string;
  caveat?: string;
}

/**
 * The links of the emergency strip: every phone and WhatsApp channel of the contacts marked `emergency`,
 * in the strip's order, each named so it can be read out of context ("WhatsApp SAPA 129: 08111-129-129").
 */
export function stripLinks(contacts: readonly Contact[]): StripLink[] {
  return emergencyContacts(contacts).flatMap((contact) =>
      contact.channels.flatMap((channel) => {
        const link = channelHref(channel);
        if (!link || (channel.kind !== 'telepon' && channel.kind !== 'whatsapp')) return [];
        const text =
          channel.kind === 'whatsapp'
            ? `WhatsApp ${contact.name}: ${channel.value}`
            : contact.name.includes(channel.value)
              ? contact.name
              : `${contact.name} ${channel.value}`;
        return [{ href: link, text, ...(contact.caveat ? { caveat: contact.caveat } : {}) }];
      }),
    );
}
