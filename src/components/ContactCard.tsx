// One contact with every channel, its link, and the source that states it. Rendered to static HTML by Astro
// pages and by the islands alike, so a contact looks and reads the same everywhere. Beside each call, SMS and
// WhatsApp link, one line says what it leaves behind on the phone, with a link to the part of /aman/ about it.
import type { Contact } from '../schemas/contact';
import type { RegionalService } from '../schemas/service';
import { channelHref } from '../lib/contacts/channel-href';
import { channelKindLabels } from '../schemas/vocabularies';
import { channelTraces } from '../lib/contacts/traces';
import { paths } from '../lib/paths';
import { dateLine } from '../lib/contacts/date-line';
import { ChannelHours } from './contact/ChannelHours';
import { ReportWrong } from './contact/ReportWrong';

interface Props {
  /** A national contact, or a regional service (which names its own source and may have no channel yet). */
  contact: Contact | RegionalService;
  /** A heading for a page of contacts; elsewhere the name is not a heading, so the page's outline stays its own. */
  headingLevel?: 2 | 3;
  /** Why this contact is shown here, when the page says so. */
  note?: string;
  /** Name and channels only, where the page already says what the service does. */
  brief?: boolean;
}

// The page on browsing safely, under the site's base path (the same in Astro pages and in islands).
const safetyPage = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${paths.safety()}`;

export function ContactCard({ contact, headingLevel, note, brief }: Props) {
  const Heading = headingLevel ? (`h${headingLevel}` as const) : 'p';
  const Wrapper = headingLevel ? 'section' : 'div';
  const nameId = headingLevel ? `${contact.id}-nama` : undefined;
  return (
    <Wrapper class="contact" id={headingLevel ? contact.id : undefined} aria-labelledby={nameId}>
      <Heading id={nameId} class="contact-name">
        {contact.name}
      </Heading>
      {'organisation' in contact && !brief && <p class="contact-org">{contact.organisation}</p>}
      {note && <p class="contact-note">{note}</p>}
      {!brief && <p>{contact.summary}</p>}
      {contact.caveat && (
        <p>
          <strong>Perhatian:</strong> {contact.caveat}.
        </p>
      )}
      {'region' in contact && (
        <p class="source" data-bacakan-lewati>
          Sumber: <SourceLink source={contact.source} /> ({dateLine(contact)}).
        </p>
      )}
      {contact.channels.length === 0 && <p>Nomor dan alamatnya belum ada di direktori ini, karena belum ada sumber yang dapat kami periksa.</p>}
      {contact.channels.length > 0 && (
      <ul class="channels">
        {contact.channels.map((channel) => {
          const link = channelHref(channel);
          const trace = link ? channelTraces[channel.kind] : undefined;
          return (
            <li key={`${channel.kind}-${channel.value}`}>
              {channelKindLabels[channel.kind]}: {link ? <a href={link}>{channel.value}</a> : <span class="channel-value">{channel.value}</span>}
              {channel.unconfirmed && (
                <>
                  {' '}
                  <strong class="unconfirmed">(belum dipastikan masih berfungsi, jadi tidak kami jadikan tautan)</strong>
                </>
              )}
              {channel.note && <> — {channel.note}</>}
              {trace && (
                <span class="trace" data-bacakan-lewati>
                  {trace.text} <a href={`${safetyPage}#${trace.section}`}>{trace.link}</a>
                </span>
              )}
              <ChannelHours channel={channel} />
              <span class="source" data-bacakan-lewati>
                Sumber: <SourceLink source={channel.source} /> ({dateLine(channel)}).
              </span>
            </li>
          );
        })}
      </ul>
      )}
      {/* Statically false without a configured steward, so the report code is left out of every bundle. */}
      {import.meta.env.PUBLIC_DATA_STEWARD_EMAIL && <ReportWrong contact={contact} />}
    </Wrapper>
  );
}

function SourceLink({ source }: { source: Contact['channels'][number]['source'] }) {
  return source.url ? (
    <a href={source.url} rel="noreferrer">
      {source.title}
    </a>
  ) : (
    <>{source.title}</>
  );
}
