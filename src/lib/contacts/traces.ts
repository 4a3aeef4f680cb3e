import type { Channel } from '../../schemas/contact';

/** What a channel leaves behind on the phone it is used from, and the section of /aman/ that explains it. */
export interface Trace {
  text: string;
  /** The id of the section of /aman/ about it. */
  section: string;
  /** The link's words, so each link says where it goes. */
  link: string;
}

/**
 * General facts about phones, not about any one service: a call is kept in the call log, an SMS and a WhatsApp
 * chat in their apps, until someone deletes them. Shown beside each call, SMS and WhatsApp link of a contact card,
 * because the person who reads the phone next may be the person who hurts the child.
 */
export const channelTraces: Partial<Record<Channel['kind'], Trace>> = {
  telepon: { text: 'Panggilan tercatat di riwayat panggilan ponsel.', section: 'riwayat-panggilan', link: 'Tentang riwayat panggilan' },
  sms: { text: 'SMS tersimpan di ponsel sampai dihapus.', section: 'riwayat-panggilan', link: 'Tentang riwayat SMS' },
  whatsapp: { text: 'Percakapan tersimpan di WhatsApp ponsel ini sampai dihapus.', section: 'whatsapp', link: 'Tentang riwayat WhatsApp' },
};
