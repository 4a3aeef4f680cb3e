import type { Channel } from '../../schemas/contact';

/**
 * The link that opens a channel on a phone or computer: tap-to-call, WhatsApp chat, e-mail.
 * Indonesian numbers written 08… become +628… for WhatsApp. An address has no link, and neither has a
 * channel no one has confirmed in years (`unconfirmed`): it is shown as text with its warning.
 *
 * @example channelHref({ kind: 'whatsapp', value: '08111-129-129', … }) // 'https://wa.me/628111129129'
 */
export function channelHref(channel: Pick<Channel, 'kind' | 'value'> & { unconfirmed?: true | undefined }): string | undefined {
  if (channel.unconfirmed) return undefined;
  const digits = channel.value.replace(/[^\d+]/g, '');
  switch (channel.kind) {
    case 'telepon':
      return `tel:${digits}`;
    case 'whatsapp':
      return `https://wa.me/${digits.replace(/^\+/, '').replace(/^0/, '62')}`;
    case 'sms':
      return `sms:${digits}`;
    case 'email':
      return `mailto:${channel.value}`;
    case 'web':
      return /^https?:\/\//.test(channel.value) ? channel.value : `https://${channel.value}`;
    case 'alamat':
      return undefined;
  }
}
