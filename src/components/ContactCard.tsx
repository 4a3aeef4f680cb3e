// One contact with every channel, its link, and the source that states it. Rendered to static HTML by Astro
// pages and by the islands alike, so a contact looks and reads the same everywhere.
import type { Contact } from '../schemas/contact';
import { channelHref, channelLabel } from '../lib/contacts/channel-href';
import { formatDate } from '../lib/format-date';

interface Props {
  contact: Contact;
  /** A heading for a page of contacts; elsewhere the name is not a heading, so the page's outline stays its own. */
  headingLevel?: 2 | 3;
  /** Why this contact is shown here, when the page says so. */
  note?: string;
}

export function ContactCard({ contact, headingLevel, note }: Props) {
  const Heading = headingLevel ? (`h${headingLevel}` as const) : 'p';
  const Wrapper = headingLevel ? 'section' : 'div';
  const nameId = headingLevel ? `${contact.id}-nama` : undefined;
  return (
    <Wrapper class="contact" id={headingLevel ? contact.id : undefined} aria-labelledby={nameId}>
      <Heading id={nameId} class="contact-name">
        {contact.name}
      </Heading>
      <p class="contact-org">{contact.organisation}</p>
      {note && <p class="contact-note">{note}</p>}
      <p>{contact.summary}</p>
      {contact.caveat && (
        <p>
          <strong>Perhatian:</strong> {contact.caveat}.
        </p>
      )}
      <ul class="channels">
        {contact.channels.map((channel) => {
          const link = channelHref(channel);
          return (
            <li key={`${channel.kind}-${channel.value}`}>
              {channelLabel[channel.kind]}: {link ? <a href={link}>{channel.value}</a> : channel.value}
              {channel.note && <> — {channel.note}</>}
              <span class="source">
                Sumber: {channel.source.url ? <a href={channel.source.url} rel="noreferrer">{channel.source.title}</a> : channel.source.title} (per{' '}
                {formatDate(channel.verifiedAt)})
              </span>
            </li>
          );
        })}
      </ul>
    </Wrapper>
  );
}
