// The pre-screening's result: how urgent, KPAI's part, then who to contact in order and why — the routing
// engine's path, shown with the same view as the finder's — what to prepare, the clusters, and the clauses.
import type { RefObject } from 'preact';
import type { Contact } from '../../../schemas/contact';
import type { Place } from '../../../lib/routing/place';
import type { Gloss } from '../../../lib/routing/plain-words';
import { glosser } from '../../../lib/routing/plain-words';
import type { ScreeningResult } from '../../../lib/screening/result';
import { Glossed } from '../routing/Glossed';
import { PathSteps } from '../routing/PathSteps';

interface Props {
  result: ScreeningResult;
  place?: Place;
  contacts: ReadonlyMap<string, Contact>;
  glosses: readonly Gloss[];
  clauseLabels: Readonly<Record<string, string>>;
  base: string;
  heading: RefObject<HTMLHeadingElement>;
}

export function ResultPage({ result, place, contacts, glosses, clauseLabels, base, heading }: Props) {
  const gloss = glosser(glosses);
  const link = (href: string) => `${base}${href.slice(1)}`;
  const { kpai, urgency, path, prepare, clusters } = result;
  return (
    <div class="screening-result">
      <p class="result-kicker">Hasil</p>
      <h1 ref={heading} tabIndex={-1}>
        {kpai.verdict}
      </h1>
      <p class={`urgency urgency-${urgency.level}`}>{urgency.text}</p>
      <p class="lead">
        <Glossed segments={gloss(kpai.text)} base={base} />
      </p>
      <p class="draft-note">Hasil ini disusun dari panduan draf berdasarkan sumber publik. Ini bukan penilaian atau keputusan KPAI.</p>
      <h2>Siapa yang dihubungi, berurutan</h2>
      <PathSteps path={path} place={place} contacts={contacts} clauseLabels={clauseLabels} gloss={gloss} base={base} level={3} />
      {prepare.length > 0 && (
        <>
          <h2>Yang perlu disiapkan</h2>
          <ul>
            {prepare.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
      {clusters.length > 0 && (
        <>
          <h2>Klaster KPAI yang mungkin</h2>
          <p>KPAI mengelompokkan pengaduan ke dalam klaster. Dari jawaban Anda, pengaduan ini mungkin termasuk:</p>
          <ul>
            {clusters.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      <h2>Dasar dalam pedoman</h2>
      <ul>
        {kpai.clauses.map((c) => (
          <li key={c.href}>
            <a href={link(c.href)}>{c.label}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
