// The path the finder computed, as numbered steps: what to do, why, how, who (with tap-to-call links), what
// to bring, and the clause behind it. Staff can open the rules that produced it.
import type { RefObject } from 'preact';
import type { Contact } from '../../schemas/contact';
import type { ReferralRules } from '../../schemas/referral';
import type { PathStep, ReferralPath as Path } from '../../lib/referral/find-path';
import { kindLabel } from '../../lib/referral/kinds';
import { placeName, type Place } from '../../lib/referral/place';
import { situationText } from '../../lib/referral/summary';
import type { Situation } from '../../lib/referral/condition';
import { ContactCard } from '../ContactCard';

interface Props {
  rules: ReferralRules;
  situation: Situation;
  place: Place;
  path: Path;
  contacts: ReadonlyMap<string, Contact>;
  clauseLabels: Readonly<Record<string, string>>;
  /** The site's base path, for links to clauses. */
  base: string;
  heading: RefObject<HTMLHeadingElement>;
  /** Set when the province's directory could not be loaded: the path then knows no regional service. */
  directoryMissing: boolean;
}

export function ReferralPath({ rules, situation, place, path, contacts, clauseLabels, base, heading, directoryMissing }: Props) {
  const link = (href: string) => `${base}${href.slice(1)}`;
  const ruleLabel = new Map([...rules.urgent, ...rules.routes, ...rules.additions].map((r) => [r.id, r.label]));
  return (
    <section class="referral-result" aria-labelledby="jalur-judul">
      <h2 id="jalur-judul" ref={heading} tabIndex={-1}>
        Jalur rujukan: {placeName(place)}
      </h2>
      <p>
        <strong>Keadaan:</strong> {situationText(rules, situation).join('; ')}.
      </p>
      {directoryMissing && <p class="error-message">Daftar layanan daerah untuk provinsi ini tidak dapat dimuat. Jalur di bawah ini memakai layanan nasional saja.</p>}
      <ol class="path-steps">
        {path.steps.map((s) => (
          <li key={s.step.id}>
            <StepView s={s} place={place} contacts={contacts} />
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
      <details class="path-rules">
        <summary>Aturan yang menghasilkan jalur ini</summary>
        <p>
          Rute utama: <strong>{ruleLabel.get(path.route)}</strong> (<code>{path.route}</code>). Aturan rujukan ada di{' '}
          <code>src/content/tools/referral/rules.yaml</code>.
        </p>
        <ul>
          {path.steps.map((s, i) => (
            <li key={s.step.id}>
              Langkah {i + 1} ({s.step.title}): {s.rules.map((r) => `${ruleLabel.get(r)} (${r})`).join('; ')}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function StepView({ s, place, contacts }: { s: PathStep; place: Place; contacts: ReadonlyMap<string, Contact> }) {
  const { step, regional } = s;
  const kind = step.regional ? kindLabel[step.regional] : '';
  return (
    <>
      <h3>{step.title}</h3>
      <p>
        <strong>Mengapa:</strong> {step.why}
      </p>
      <p>
        <strong>Caranya:</strong> {step.how}
      </p>
      {regional && regional.services.map((service) => <ContactCard key={service.id} contact={service} />)}
      {regional && !regional.reachable && (
        <p class="contact-note">
          {regional.services.length > 0
            ? `Kontak ${kind} ini belum ada di direktori kami. `
            : `Direktori kami belum memuat ${kind} untuk ${placeName(place)}. `}
          {s.contacts.length > 0 && 'Hubungi kontak di bawah ini, yang akan menghubungkan Anda dengan layanan di daerah tersebut.'}
        </p>
      )}
      {s.contacts.map((id) => contacts.get(id) && <ContactCard key={id} contact={contacts.get(id)!} brief />)}
      {step.bring.length > 0 && (
        <>
          <p>
            <strong>Yang perlu disiapkan:</strong>
          </p>
          <ul>
            {step.bring.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
