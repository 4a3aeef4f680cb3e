// Complaint pre-screening: the routing questions one per page (the GOV.UK question-page pattern), a
// check-your-answers page, and a result that says who to contact and why — from the same routing engine as the
// finder. The step machine is src/lib/screening/machine.ts; this only shows its pages. Answers live in this
// component's memory alone: never in the address, never in storage, never sent anywhere.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ScreeningFlow } from '../../schemas/screening';
import type { RoutingProps } from '../../site/referral';
import { answerProblem } from '../../lib/routing/questions';
import { placeLabel, placeOf } from '../../lib/routing/place';
import { glosser, segmentsText } from '../../lib/routing/plain-words';
import { acknowledge, answer, back, change, confirm, current, start, type ScreeningState } from '../../lib/screening/machine';
import { pagesLeftAtMost } from '../../lib/screening/pages';
import { screeningResult } from '../../lib/screening/result';
import { screeningText } from '../../lib/screening/copy-text';
import { ErrorSummary } from './form/ErrorSummary';
import { ResultActions } from './ResultActions';
import { withBoundary } from './IslandBoundary';
import { useDirectory } from './routing/useDirectory';
import { PrintNotice } from './routing/PrintNotice';
import { CheckPage } from './screening/CheckPage';
import { InterludePage } from './screening/InterludePage';
import { QuestionPage } from './screening/QuestionPage';
import { ResultPage } from './screening/ResultPage';

interface Props extends RoutingProps {
  flow: ScreeningFlow;
  /** Where "start again" and clause links point, under the site's base path. */
  base: string;
  /** Where a province's directory is, with `{code}` for its code. */
  dataUrl: string;
}

function Screening({ flow, model, contacts, provinces, glosses, clauseLabels, base, dataUrl }: Props) {
  const [state, setState] = useState<ScreeningState>(start);
  const [draft, setDraft] = useState<string[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  // Buttons stay disabled until the tool runs in the browser: a form sent before that would put an answer in
  // the address bar.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const context = { model, flow };
  const { page, index } = current(context, state);
  const contactById = useMemo(() => new Map(contacts.map((c) => [c.id, c])), [contacts]);
  const placeQuestion = model.questions.find((q) => q.type === 'place');
  const placeAnswer = placeQuestion ? (page.id === placeQuestion.id ? draft : state.answers[placeQuestion.id]) : undefined;
  const directory = useDirectory(dataUrl, placeAnswer?.[0]);
  const place = placeOf(state.answers[placeQuestion?.id ?? ''], typeof directory === 'object' ? directory : undefined);
  const where = placeLabel(state.answers[placeQuestion?.id ?? ''], provinces, place);

  // Each page moves focus to its heading, so a screen reader starts reading the new page.
  const first = useRef(true);
  useEffect(() => {
    setDraft(page.kind === 'question' ? [...(state.answers[page.id] ?? [])] : []);
    setError(undefined);
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
    document.title = `${heading.current?.textContent ?? ''} — Cek ke mana melapor — Pedoman KPAI`;
  }, [page.kind, page.id]);

  const go = (next: ScreeningState) => setState(next);
  const submit = (e: Event) => {
    e.preventDefault();
    if (page.kind !== 'question') return;
    const loading = page.question.type === 'place' && directory === 'memuat' ? 'Daftar kabupaten/kota masih dimuat. Tunggu sebentar, lalu tekan tombol lagi.' : undefined;
    const problem = answerProblem(page.question, draft) ?? loading;
    setAttempt((n) => n + 1);
    if (problem) return setError(problem);
    go(answer(state, page.id, draft));
  };

  const result = page.kind === 'result' ? screeningResult(model, flow, state.answers, place) : undefined;
  return (
    <div class="screening" data-step={`${page.kind}:${page.id}`}>
      {index > 0 && (
        <p>
          <button type="button" class="link-button back-link" onClick={() => go(back(context, state))}>
            Kembali
          </button>
        </p>
      )}
      {error && <ErrorSummary title="Ada masalah" errors={[{ field: page.kind === 'question' && page.question.type === 'place' ? `${page.id}-provinsi` : page.id, message: error }]} attempt={attempt} />}
      {page.kind === 'question' && (
        <QuestionPage
          question={page.question}
          draft={draft}
          setDraft={setDraft}
          error={error}
          provinces={provinces}
          directory={directory}
          submit={submit}
          heading={heading}
          number={index + 1}
          left={pagesLeftAtMost(model, flow, page.id)}
          ready={ready}
        />
      )}
      {page.kind === 'interlude' && <InterludePage interlude={page.interlude} contacts={contactById} next={() => go(acknowledge(state, page.id))} heading={heading} />}
      {page.kind === 'check' && <CheckPage questions={model.questions} answers={state.answers} placeLabel={where} change={(id) => go(change(state, id))} confirm={() => go(confirm(state))} heading={heading} />}
      {result && (
        <>
          <PrintNotice contacts={contacts} />
          <ResultPage result={result} place={place} contacts={contactById} glosses={glosses} clauseLabels={clauseLabels} base={base} heading={heading} />
          <ResultActions
            copyLabel="Salin ringkasan"
            copy={() => {
              const explain = glosser(glosses);
              return { text: screeningText(model.questions, state.answers, where, result, contacts, (t) => segmentsText(explain(t))), done: 'Ringkasan sudah disalin.' };
            }}
            printLabel="Cetak"
            restart={() => go(start)}
          />
          <p class="hint">Jawaban Anda hanya ada di halaman ini. Jawaban hilang saat halaman ditutup, dan tidak pernah dikirim ke mana pun.</p>
        </>
      )}
    </div>
  );
}

export default withBoundary(Screening, ({ base }) => (
  <ul>
    <li><a href={`${base}dokumen/panduan-pengaduan/#lembaga-lain-dulu`}>Panduan Pengaduan</a>: kapan ke KPAI, kapan ke lembaga lain dulu</li>
    <li><a href={`${base}kontak/`}>Semua kontak</a>, dengan sumber setiap nomor</li>
  </ul>
));
