// Who to contact, in which order and why: the routing engine's path as numbered steps. Both public tools show
// it with this one view, so for the same answers they show the same steps. Each step says what to do, who the
// destination is in plain words, why, how, the channels (tap-to-call, WhatsApp) with their sources, what to
// bring, and the clause behind it.
import type { Contact } from '../../../schemas/contact';
import type { Path, PathStep } from '../../../lib/routing/route';
import { placeName, type Place } from '../../../lib/routing/place';
import type { Segment } from '../../../lib/routing/plain-words';
import { regionalKindLabels } from '../../../schemas/vocabularies';
import { ContactCard } from '../../ContactCard';
import { Glossed } from './Glossed';

interface Props {
  path: Path;
  place?: Place;
  contacts: ReadonlyMap<string, Contact>;
  clauseLabels: Readonly<Record<string, string>>;
  /** Explains terms on first use; one per result, so each term is explained once. */
  gloss: (text: string) => Segment[];
  base: string;
  /** The heading level of each step's title. */
  level: 2 | 3;
}

export function PathSteps({ path, place, contacts, clauseLabels, gloss, base, level }: Props) {
  const link = (href: string) => `${base}${href.slice(1)}`;
  const Title = `h${level}` as const;
  return (
    <ol class="path-steps">
      {path.steps.map((s) => (
        <li key={s.step.id} data-tujuan={s.destination?.id ?? ''}>
          <Title class="step-title">{s.step.title}</Title>
          {s.destination && (
            <p class="step-destination">
              <strong>
                <Glossed segments={gloss(s.regional?.kind && s.regional.kind !== s.destination.regional[0] ? regionalKindLabels[s.regional.kind] : s.destination.name)} base={base} />
              </strong>
              : <Glossed segments={gloss(s.destination.what)} base={base} />
            </p>
          )}
          <p>
            <strong>Mengapa:</strong> <Glossed segments={gloss(s.step.why)} base={base} />
          </p>
          <p>
            <strong>Caranya:</strong> <Glossed segments={gloss(s.step.how)} base={base} />
          </p>
          <Channels s={s} place={place} contacts={contacts} />
          {s.step.bring.length > 0 && (
            <>
              <p>
                <strong>Yang perlu disiapkan:</strong>
              </p>
              <ul>
                {s.step.bring.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
            </>
          )}
          <p class="hint">
            Dasar: <a href={link(s.step.clause)}>{clauseLabels[s.step.clause] ?? s.step.clause}</a>
            {s.step.guide && (
              <>
                {' · '}Penjelasan: <a href={link(s.step.guide)}>{clauseLabels[s.step.guide] ?? s.step.guide}</a>
              </>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}

function Channels({ s, place, contacts }: { s: PathStep; place?: Place; contacts: ReadonlyMap<string, Contact> }) {
  const { destination, regional, fallback } = s;
  const note = regional?.kind ? destination?.regionalNotes[regional.kind] : undefined;
  const via = fallback ? contacts.get(fallback) : undefined;
  const where = place ? placeName(place) : 'daerah anak';
  return (
    <>
      {note && <p>{note}</p>}
      {regional?.services.map((service) => <ContactCard key={service.id} contact={service} />)}
      {s.contacts.map((id) => contacts.get(id) && <ContactCard key={id} contact={contacts.get(id)!} brief />)}
      {destination?.reach && !regional?.reachable && s.contacts.length === 0 && (
        <p>
          <strong>Cara menemukannya:</strong> {destination.reach}
        </p>
      )}
      {via && (
        <>
          <p class="contact-note">
            {regional && regional.services.length === 0
              ? `Direktori kami belum memuat ${destination?.name ?? 'layanan ini'} untuk ${where}. `
              : regional
                ? `Kontak ${destination?.name ?? 'layanan ini'} di ${where} belum ada di direktori kami. `
                : ''}
            Bila Anda tidak dapat menemukan atau menghubunginya, hubungi {via.name}, yang akan membantu menghubungkan Anda.
          </p>
          <ContactCard contact={via} brief />
        </>
      )}
    </>
  );
}
