// A page between two questions, shown when the answers call for it: the emergency numbers right after "a child
// is in danger now", before anything else is asked.
import type { RefObject } from 'preact';
import type { Contact } from '../../../schemas/contact';
import type { Interlude } from '../../../schemas/screening';
import { ContactCard } from '../../ContactCard';

interface Props {
  interlude: Interlude;
  contacts: ReadonlyMap<string, Contact>;
  next: () => void;
  heading: RefObject<HTMLHeadingElement>;
}

export function InterludePage({ interlude, contacts, next, heading }: Props) {
  return (
    <div class="info-step">
      <h1 ref={heading} tabIndex={-1}>
        {interlude.title}
      </h1>
      {interlude.body.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <div class="contact-list">{interlude.contacts.map((id) => contacts.get(id) && <ContactCard key={id} contact={contacts.get(id)!} />)}</div>
      <p>
        <button type="button" onClick={next}>
          Lanjutkan pertanyaan
        </button>
      </p>
    </div>
  );
}
