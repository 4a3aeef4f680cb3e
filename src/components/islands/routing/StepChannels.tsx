// How to reach a step's destination: the place's own services, the national contacts, how to find an office with
// no number, and the national service that connects the person when no sourced channel exists. Both tools' paths
// and the child's result show it, so a step is reached the same way everywhere.
import type { Contact } from '../../../schemas/contact';
import type { PathStep } from '../../../lib/routing/route';
import { placeName, type Place } from '../../../lib/routing/place';
import { ContactCard } from '../../ContactCard';

interface Props {
  s: PathStep;
  place?: Place;
  contacts: ReadonlyMap<string, Contact>;
  /** The sentence that offers the connecting service, when the view speaks to someone else (a child). */
  via?: (name: string) => string;
}

const viaAdult = (name: string) => `Bila Anda tidak dapat menemukan atau menghubunginya, hubungi ${name}, yang akan membantu menghubungkan Anda.`;

export function StepChannels({ s, place, contacts, via: viaText = viaAdult }: Props) {
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
                ? `Direktori kami belum memuat nomor ${destination?.name ?? 'layanan ini'} di ${where} yang dapat langsung dihubungi. `
                : ''}
            {viaText(via.name)}
          </p>
          <ContactCard contact={via} brief />
        </>
      )}
    </>
  );
}
