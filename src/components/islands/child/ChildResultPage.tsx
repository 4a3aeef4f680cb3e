// The result in child mode: how urgent and what KPAI can do, in a child's words; then each step of the SAME path
// the adult tool shows (the routing engine's), told as the step's child summary with its contacts; the promise;
// and, for the adult who helps, every step in full, one tap away.
import type { ChildModeData } from '../../../schemas/screening';
import { glosser } from '../../../lib/routing/plain-words';
import type { ResultViewProps } from '../screening/ResultPage';
import { ChildPromise } from '../../ChildPromise';
import { ReadAloud } from '../../ReadAloud';
import { PathSteps } from '../routing/PathSteps';
import { StepChannels } from '../routing/StepChannels';

interface Props extends ResultViewProps {
  child: ChildModeData;
  writeLetter: () => void;
}

const viaChild = (name: string) => `Kalau kamu tidak bisa menghubunginya, hubungi ${name}, yang akan membantu menghubungkanmu.`;

export function ChildResultPage({ child, result, place, contacts, glosses, clauseLabels, base, heading, writeLetter }: Props) {
  const { path, urgency, kpai } = result;
  return (
    <div class="screening-result child-result">
      <div id="hasil-anak">
        <p class="result-kicker">Hasil</p>
        <h1 ref={heading} tabIndex={-1}>
          Siapa yang bisa menolongmu
        </h1>
        <ReadAloud target="hasil-anak" what="hasil ini" />
        <p class={`urgency urgency-${urgency.level}`}>{urgency.child ?? urgency.text}</p>
        <p class="lead">{kpai.child ?? kpai.text}</p>
        <ol class="path-steps child-steps">
          {path.steps.map((s) => (
            <li key={s.step.id} data-tujuan={s.destination?.id ?? ''}>
              <h2 class="step-title">{s.step.child?.title ?? s.step.title}</h2>
              <p>{s.step.child?.text ?? s.step.why}</p>
              <StepChannels s={s} place={place} contacts={contacts} via={viaChild} />
            </li>
          ))}
        </ol>
      </div>
      <p class="no-print">
        <button type="button" onClick={writeLetter}>
          Buat surat untuk orang dewasa yang kamu percaya
        </button>
      </p>
      <ChildPromise promise={child.promise} clauseLabels={clauseLabels} base={base} level={2} />
      <details class="adult-steps">
        <summary>Untuk orang dewasa yang menemanimu: setiap langkah lengkap, apa yang terjadi sesudahnya, dan berapa lama</summary>
        <p class="draft-note">Langkah ini disusun dari panduan draf berdasarkan sumber publik. Ini bukan penilaian atau keputusan KPAI.</p>
        <PathSteps path={path} place={place} contacts={contacts} clauseLabels={clauseLabels} gloss={glosser(glosses)} base={base} level={3} />
      </details>
    </div>
  );
}
