// Referral-path finder: the routing questions on one page → who to contact first, then next, and why. The
// rules are in src/lib/routing (the same engine as the pre-screening); this only asks and shows. A province's
// regencies and services are fetched from this site when that province is chosen. Answers stay in this
// component's memory: never in the address, never in storage, never sent.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RoutingProps } from '../../site/referral';
import { answerProblem } from '../../lib/routing/questions';
import { placeLabel, placeOf } from '../../lib/routing/place';
import { route } from '../../lib/routing/route';
import { glosser, segmentsText } from '../../lib/routing/plain-words';
import { finderText } from '../../lib/referral/copy-text';
import { ErrorSummary, type FieldError } from './form/ErrorSummary';
import { ResultActions } from './ResultActions';
import { withBoundary } from './IslandBoundary';
import { PathSteps } from './routing/PathSteps';
import { PrintNotice } from './routing/PrintNotice';
import { QuestionField } from './routing/QuestionField';
import { RulesDetails } from './routing/RulesDetails';
import { useDirectory } from './routing/useDirectory';

interface Props extends RoutingProps {
  base: string;
  /** Where a province's directory is, with `{code}` for its code. */
  dataUrl: string;
}

function Finder({ model, contacts, provinces, glosses, clauseLabels, base, dataUrl }: Props) {
  const [ready, setReady] = useState(false);
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [shown, setShown] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const contactById = useMemo(() => new Map(contacts.map((c) => [c.id, c])), [contacts]);
  const placeQuestion = model.questions.find((q) => q.type === 'place');
  const directory = useDirectory(dataUrl, placeQuestion && answers[placeQuestion.id]?.[0]);

  useEffect(() => setReady(true), []);
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown]);

  const set = (id: string) => (value: string[]) => {
    setAnswers((a) => ({ ...a, [id]: value }));
    setShown(false);
  };

  const submit = (e: Event) => {
    e.preventDefault();
    const found: FieldError[] = model.questions.flatMap((q) => {
      const message = answerProblem(q, answers[q.id]);
      return message ? [{ field: q.type === 'place' ? `${q.id}-provinsi` : q.id, message: `${q.summary}: ${message}` }] : [];
    });
    if (placeQuestion && directory === 'memuat') found.push({ field: `${placeQuestion.id}-provinsi`, message: 'Daftar kabupaten/kota masih dimuat. Tunggu sebentar, lalu tekan tombol lagi.' });
    setErrors(found);
    setAttempt((n) => n + 1);
    setShown(found.length === 0);
  };

  const restart = () => {
    setAnswers({});
    setErrors([]);
    setShown(false);
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>('.finder-form input')?.focus());
  };

  const placeAnswer = placeQuestion ? answers[placeQuestion.id] : undefined;
  const province = provinces.find((p) => p.code === placeAnswer?.[0]);
  // A directory that could not be loaded still leaves the province: the path then knows no regional service.
  const known = typeof directory === 'object' ? directory : directory === 'gagal' && province ? { ...province, regencies: [], services: [] } : undefined;
  const place = placeOf(placeAnswer, known);
  const path = shown ? route(model, answers, place) : undefined;
  const where = placeLabel(placeAnswer, provinces, place);
  const errorFor = (id: string) => errors.find((e) => e.field === id || e.field === `${id}-provinsi`)?.message;

  return (
    <>
      <form onSubmit={submit} noValidate class="finder-form no-print">
        <ErrorSummary errors={errors} attempt={attempt} />
        {model.questions.map((q) => (
          <QuestionField key={q.id} question={q} value={answers[q.id] ?? []} onChange={set(q.id)} error={errorFor(q.id)} provinces={provinces} directory={directory} disabled={!ready} />
        ))}
        <p>
          <button type="submit" disabled={!ready}>
            Tampilkan jalur rujukan
          </button>
        </p>
      </form>
      {path && (
        <section class="referral-result result-block" aria-labelledby="jalur-judul">
          <h2 id="jalur-judul" ref={heading} tabIndex={-1}>
            Jalur rujukan: {where}
          </h2>
          <p class="draft-note">Jalur ini disusun dari panduan draf berdasarkan sumber publik. Ini bukan penilaian atau keputusan KPAI.</p>
          <PrintNotice contacts={contacts} />
          {directory === 'gagal' && <p class="error-message">Daftar layanan daerah untuk provinsi ini tidak dapat dimuat. Jalur di bawah ini memakai layanan nasional saja.</p>}
          <PathSteps path={path} place={place} contacts={contactById} clauseLabels={clauseLabels} gloss={glosser(glosses)} base={base} level={3} />
          <RulesDetails model={model} path={path} />
          <ResultActions
            copyLabel="Salin jalur"
            copy={() => {
              const explain = glosser(glosses);
              return { text: finderText(model.questions, answers, where, path, contacts, (t) => segmentsText(explain(t))), done: 'Jalur sudah disalin.' };
            }}
            printLabel="Cetak"
            restart={restart}
          />
          <p class="hint">Jawaban Anda hanya ada di halaman ini, hilang saat halaman ditutup, dan tidak pernah dikirim ke mana pun.</p>
        </section>
      )}
    </>
  );
}

export default withBoundary(Finder, ({ base }) => (
  <ul>
    <li><a href={`${base}layanan/`}>Layanan menurut daerah</a>: layanan di setiap provinsi</li>
    <li><a href={`${base}kontak/`}>Semua kontak</a>, dengan sumber setiap nomor</li>
  </ul>
));
