// Partner eligibility self-assessment: partner kind, then only the criteria that apply (one theme per step), the
// goals and fields of the work, the planned activities, then the result. The steps and what is missing are decided
// in src/lib/eligibility; this shows them. The answers live in the address's fragment, stamped with the guideline
// version, so a result can be shared; the result itself is loaded when it is needed (eligibility/lazy-result.ts).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ToolData } from '../../schemas/eligibility';
import type { ClauseLabels, GuidelineVersions } from '../../lib/eligibility/guideline';
import { decodeAnswers, encodeAnswers } from '../../lib/eligibility/share-link';
import { emptyDraft, firstOpenStep, isComplete, missingAnswers, nextStep, previousStep, stepsFor, withKind, type Draft, type Missing } from '../../lib/eligibility/steps';
import { ErrorSummary } from './form/ErrorSummary';
import { withBoundary } from './IslandBoundary';
import { CriteriaStep } from './eligibility/CriteriaStep';
import { KindStep } from './eligibility/KindStep';
import { PlanStep } from './eligibility/PlanStep';
import { PurposeStep } from './eligibility/PurposeStep';
import type { ToolContext } from './eligibility/context';
import { useLazyResult } from './eligibility/lazy-result';
import { useStepFocus } from './eligibility/use-step-focus';

interface Props {
  data: ToolData;
  guideline: GuidelineVersions;
  labels: ClauseLabels;
  base: string;
}

function Eligibility(props: Props) {
  const ctx: ToolContext = props;
  const { data, guideline } = props;
  const current = guideline.current.version;
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [step, setStep] = useState('jenis');
  const [notices, setNotices] = useState<string[]>([]);
  /** The older guideline version the answers were given against, until they are checked again. */
  const [since, setSince] = useState<string>();
  const [errors, setErrors] = useState<Missing[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [ready, setReady] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const Result = useLazyResult(step === 'rencana' || step === 'hasil');
  useStepFocus(step, heading);

  // A shared link restores its answers; what cannot be read is said, and the rest kept.
  useEffect(() => {
    const decoded = decodeAnswers(location.hash, data, { current, older: guideline.older.map((v) => v.version) });
    if (!decoded.ok) {
      setNotices([decoded.message]);
      history.replaceState(null, '', location.pathname + location.search);
    } else if (decoded.answers.kind) {
      const older = decoded.stamp.is === 'older' ? decoded.stamp.version : undefined;
      setDraft(decoded.answers);
      setNotices(decoded.notices);
      setSince(older);
      setStep(older ? 'hasil' : firstOpenStep(data, decoded.answers));
      history.replaceState(null, '', `#${encodeAnswers(decoded.answers, older ?? current)}`);
    }
    setReady(true);
  }, []);

  const go = (next: Draft, to: string) => {
    const checked = to === 'hasil' ? undefined : since;
    setDraft(next);
    setErrors([]);
    setStep(to);
    setSince(checked);
    history.replaceState(null, '', `#${encodeAnswers(next, checked ?? current)}`);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const missing = missingAnswers(data, draft, step);
    setAttempt((n) => n + 1);
    if (missing.length > 0) return setErrors(missing);
    const to = nextStep(data, draft, step);
    go(draft, to === 'hasil' && !isComplete(data, draft) ? firstOpenStep(data, draft) : to);
  };
  const restart = () => {
    history.replaceState(null, '', location.pathname + location.search);
    setNotices([]);
    setSince(undefined);
    setErrors([]);
    setDraft(emptyDraft);
    setStep('jenis');
  };
  const errorFor = (field: string) => errors.find((e) => e.field === field)?.message;
  const update = (next: Draft) => setDraft(next);

  const steps = stepsFor(data, draft.kind);
  const theme = data.themes.some((t) => t.id === step);
  return (
    <div class="eligibility">
      {notices.length > 0 && (
        <div class="banner banner-old" role="alert">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </div>
      )}
      {step !== 'jenis' && (
        <p class="no-print">
          <button type="button" class="link-button back-link" onClick={() => go(draft, previousStep(data, draft, step))}>
            Kembali
          </button>
        </p>
      )}
      <ErrorSummary errors={errors} attempt={attempt} />
      {step !== 'hasil' && (
        <form onSubmit={submit} noValidate>
          <p class="progress">
            Langkah {steps.indexOf(step) + 1} dari {draft.kind ? steps.length - 1 : 'beberapa'}
          </p>
          {step === 'jenis' && <KindStep data={data} kind={draft.kind} error={errorFor('tanya-jenis')} choose={(kind) => update(withKind(data, draft, kind))} heading={heading} />}
          {theme && <CriteriaStep ctx={ctx} theme={step} draft={draft} errorFor={errorFor} choose={(id, choice) => update({ ...draft, criteria: { ...draft.criteria, [id]: choice } })} heading={heading} />}
          {step === 'tujuan' && <PurposeStep ctx={ctx} draft={draft} errorFor={errorFor} toggle={(list, id) => update({ ...draft, [list]: draft[list].includes(id) ? draft[list].filter((x) => x !== id) : [...draft[list], id] })} heading={heading} />}
          {step === 'rencana' && <PlanStep ctx={ctx} draft={draft} errorFor={errorFor} answer={(id, value) => update({ ...draft, plan: { ...draft.plan, [id]: value } })} heading={heading} />}
          <p>
            <button type="submit" disabled={!ready}>
              Lanjutkan
            </button>
          </p>
        </form>
      )}
      {step === 'hasil' && typeof Result === 'function' && <Result ctx={ctx} answers={{ ...draft, kind: draft.kind! }} since={since} recheck={(to) => go(draft, to)} restart={restart} heading={heading} />}
      {step === 'hasil' && Result === undefined && <p role="status">Memuat hasil…</p>}
      {step === 'hasil' && Result === 'gagal' && <p role="alert">Hasil tidak dapat dimuat. Periksa sambungan internet, lalu muat ulang halaman ini; jawaban Anda tetap ada di alamat halaman.</p>}
    </div>
  );
}

export default withBoundary(Eligibility, ({ guideline }) => (
  <p>
    Gunakan <a href="#daftar-kriteria">daftar kriteria</a> di bawah sebagai daftar periksa, atau baca <a href={guideline.href}>{guideline.title}</a>.
  </p>
));
