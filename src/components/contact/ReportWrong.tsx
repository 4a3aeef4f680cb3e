// "Nomor salah?" on every contact: a prefilled e-mail (and WhatsApp, where configured) to the directory's data
// steward, naming the contact, the channel and the dates shown. Hidden when the site names no steward.
import type { Contact } from '../../schemas/contact';
import type { RegionalService } from '../../schemas/service';
import { channelKindLabels } from '../../schemas/vocabularies';
import { reportLinks } from '../../lib/contacts/steward';
import { steward } from '../../site/steward';

export function ReportWrong({ contact }: { contact: Contact | RegionalService }) {
  if (!steward) return null;
  const subjects =
    contact.channels.length > 0
      ? contact.channels.map((c) => ({ label: `${channelKindLabels[c.kind]} ${c.value}`, channel: { kind: c.kind, value: c.value }, sourceDate: c.sourceDate, checkedAt: c.checkedAt }))
      : 'sourceDate' in contact
        ? [{ label: 'Keberadaan layanan ini', channel: undefined, sourceDate: contact.sourceDate, checkedAt: contact.checkedAt }]
        : [];
  return (
    <details class="report-wrong no-print">
      <summary>Nomor atau alamat salah? Beri tahu kami</summary>
      <p class="hint">Pesan ke {steward.name}, pengelola data situs ini, terbuka di surel atau WhatsApp Anda. Jangan tulis nama anak atau rincian kasus.</p>
      <ul>
        {subjects.map((s) => {
          const links = reportLinks(steward!, { contactId: contact.id, contactName: contact.name, channel: s.channel, sourceDate: s.sourceDate, checkedAt: s.checkedAt });
          return (
            <li key={s.label}>
              {s.label}: <a href={links.email}>laporkan lewat surel</a>
              {links.whatsapp && (
                <>
                  {' · '}
                  <a href={links.whatsapp}>lewat WhatsApp</a>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
