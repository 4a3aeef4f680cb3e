// Who to contact, in which order and why: the routing engine's path as numbered steps. Both public tools show
// it with this one view, so for the same answers they show the same steps. Each step says what to do, who the
// destination is in plain words, why, how, the channels (tap-to-call, WhatsApp) with their sources, what the
// service does next and how long it takes where a source says so, what to bring, and the clause behind it.
import type { Contact } from '../../../schemas/contact';
import type { Path } from '../../../lib/routing/route';
import type { Place } from '../../../lib/routing/place';
import type { Segment } from '../../../lib/routing/plain-words';
import { afterTime } from '../../../lib/routing/after';
import { regionalKindLabels } from '../../../schemas/vocabularies';
import { HoursClock } from '../../contact/hours-view';
import { alwaysOpen } from '../../../lib/hours/always-open';
import { zoneOfRegion } from '../../../lib/hours/zones';
import { Glossed } from './Glossed';
import { StepChannels } from './StepChannels';

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
  // "Buka sekarang" in the chosen province's time zone, and the 24-hour lines to offer when a service is closed.
  const hours = { zone: zoneOfRegion(place?.province.code), alternatives: alwaysOpen([...contacts.values()]) };
  return (
    <HoursClock.Provider value={hours}>
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
          <StepChannels s={s} place={place} contacts={contacts} />
          {s.destination && (
            <div class="step-after">
              <p>
                <strong>Sesudah Anda menghubunginya:</strong> <Glossed segments={gloss(s.destination.after.next)} base={base} />
              </p>
              <p>
                <strong>Berapa lama:</strong> <Glossed segments={gloss(afterTime(s.destination.after))} base={base} />
              </p>
            </div>
          )}
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
          <p class="hint" data-bacakan-lewati>
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
    </HoursClock.Provider>
  );
}
