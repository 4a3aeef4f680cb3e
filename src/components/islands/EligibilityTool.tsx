// Partner eligibility self-assessment: partner kind first, then only the criteria that apply, grouped by theme,
// then the planned activities, then a verdict with reasons, the fitting form, and the documents to prepare. The
// rules are in src/lib/eligibility; the answers live in the address's fragment so a result can be shared.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Criterion, EligibilityData } from '../../schemas/eligibility';
import { applicableCriteria, assess, levelOf, verdictLabel, type Answers } from '../../lib/eligibility/assess';
import { decodeAnswers, encodeAnswers } from '../../lib/eligibility/share-link';
import { ResultActions } from './ResultActions';
import { Choice } from './form/Choice';
import { withBoundary } from './IslandBoundary';

interface Props {
  data: EligibilityData;
  /** The site's base path, for clause links. */
  base: string;
}

type Draft = Partial<Answers> & Pick<Answers, 'criteria' | 'plan'>;

/** The steps for an organisation of this kind: kind, each theme with criteria that apply, the plans, the result. */
function stepsFor(data: EligibilityData, kind: string | undefined): string[] {
  const themes = kind ? data.themes.filter((t) => applicableCriteria(data, kind).some((c) => c.theme === t.id)).map((t) => t.id) : [];
  return ['jenis', ...themes, 'rencana', 'hasil'];
}

/** Changing the kind keeps only the answers to criteria that still apply, so the shared link stays readable. */
function withKind(data: EligibilityData, draft: Draft, kind: string): Draft {
  const applies = new Set(applicableCriteria(data, kind).map((c) => c.id));
  return { ...draft, kind, criteria: Object.fromEntries(Object.entries(draft.criteria).filter(([id]) => applies.has(id))) };
}

/** The first step still missing an answer. */
function firstOpenStep(data: EligibilityData, draft: Draft): string {
  if (!draft.kind) return 'jenis';
  const criteria = applicableCriteria(data, draft.kind);
  for (const step of stepsFor(data, draft.kind).slice(1, -2)) {
    if (criteria.some((c) => c.theme === step && !draft.criteria[c.id])) return step;
  }
  return data.plan.every((p) => draft.plan[p.id]) ? 'hasil' : 'rencana';
}

function Eligibility({ data, base }: Props) {
  const [draft, setDraft] = useState<Draft>({ criteria: {}, plan: {} });
  const [step, setStep] = useState('jenis');
  const [notice, setNotice] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [ready, setReady] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  // A shared link restores its answers; a link that cannot be read starts afresh with a message.
  useEffect(() => {
    const decoded = decodeAnswers(location.hash, data);
    if (decoded.ok) {
      setDraft(decoded.answers);
      setStep(firstOpenStep(data, decoded.answers));
    } else {
      setNotice(decoded.message);
      history.replaceState(null, '', location.pathname + location.search);
    }
    setReady(true);
  }, []);

  // Each new step moves focus to its heading, so a screen reader starts reading it.
  const shown = useRef(step);
  useEffect(() => {
    if (shown.current !== step) heading.current?.focus();
    shown.current = step;
  }, [step]);

  const steps = stepsFor(data, draft.kind);
  const index = steps.indexOf(step);
  const link = (href: string) => `${base}${href.slice(1)}`;
  const commit = (next: Draft, to: string) => {
    setDraft(next);
    setError(undefined);
    setStep(to);
    history.replaceState(null, '', `#${encodeAnswers(next)}`);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (step === 'jenis') {
      if (!draft.kind) return setError('Pilih jenis lembaga Anda.');
      return commit(draft, steps[1]!);
    }
    if (step === 'rencana') {
      if (!data.plan.every((p) => draft.plan[p.id])) return setError('Jawab setiap pertanyaan tentang rencana kegiatan.');
      return commit(draft, 'hasil');
    }
    const missing = applicableCriteria(data, draft.kind!).filter((c) => c.theme === step && !draft.criteria[c.id]);
    if (missing.length > 0) return setError(`Jawab setiap pertanyaan di halaman ini (${missing.length} belum dijawab).`);
    commit(draft, steps[index + 1]!);
  };

  const back = () => {
    setError(undefined);
    setStep(steps[Math.max(index - 1, 0)]!);
  };

  const restart = () => {
    history.replaceState(null, '', location.pathname + location.search);
    setNotice(undefined);
    setError(undefined);
    setDraft({ criteria: {}, plan: {} });
    setStep('jenis');
  };

  const theme = data.themes.find((t) => t.id === step);
  return (
    <div class="eligibility">
      {notice && (
        <div class="banner banner-old" role="alert">
          <p>{notice}</p>
        </div>
      )}
      {index > 0 && (
        <p class="no-print">
          <button type="button" class="link-button back-link" onClick={back}>
            Kembali
          </button>
        </p>
      )}
      {error && (
        <div class="error-summary" role="alert">
          <h2>Ada masalah</h2>
          <p>{error}</p>
        </div>
      )}
      {step !== 'hasil' && (
        <form onSubmit={submit} noValidate>
          <p class="progress">
            Langkah {index + 1} dari {draft.kind ? steps.length - 1 : 'beberapa'}
          </p>
          {step === 'jenis' && (
            <fieldset class="field">
              <legend>
                <h1 ref={heading} tabIndex={-1} class="question-title">
                  Apa jenis lembaga Anda?
                </h1>
              </legend>
              <p class="hint">Hanya kriteria yang berlaku bagi jenis lembaga Anda yang ditanyakan.</p>
              <div class="choices">
                {data.partnerKinds.map((kind) => (
                  <Choice type="radio" key={kind.id} name="jenis" id={`jenis-${kind.id}`} label={kind.label} hint={kind.hint} checked={draft.kind === kind.id} onChange={() => setDraft(withKind(data, draft, kind.id))} />
                ))}
              </div>
            </fieldset>
          )}
          {theme && (
            <>
              <h1 ref={heading} tabIndex={-1} class="question-title">
                {theme.title}
              </h1>
              {applicableCriteria(data, draft.kind!)
                .filter((c) => c.theme === theme.id)
                .map((criterion) => (
                  <CriterionQuestion
                    key={criterion.id}
                    criterion={criterion}
                    level={levelOf(criterion, draft.plan)}
                    chosen={draft.criteria[criterion.id]}
                    choose={(choice) => setDraft({ ...draft, criteria: { ...draft.criteria, [criterion.id]: choice } })}
                    href={link(criterion.clause)}
                  />
                ))}
            </>
          )}
          {step === 'rencana' && (
            <>
              <h1 ref={heading} tabIndex={-1} class="question-title">
                Rencana kegiatan bersama
              </h1>
              <p class="hint">Jawaban ini menentukan bentuk kemitraan yang sesuai.</p>
              {data.plan.map((p) => (
                <fieldset class="field" key={p.id}>
                  <legend class="criterion-question">{p.question}</legend>
                  {p.hint && <p class="hint">{p.hint}</p>}
                  <div class="choices">
                    {(['ya', 'tidak'] as const).map((value) => (
                      <Choice type="radio" key={value} name={p.id} id={`${p.id}-${value}`} label={value === 'ya' ? p.yes : p.no} checked={draft.plan[p.id] === value} onChange={() => setDraft({ ...draft, plan: { ...draft.plan, [p.id]: value } })} />
                    ))}
                  </div>
                </fieldset>
              ))}
            </>
          )}
          <p>
            <button type="submit" disabled={!ready}>
              Lanjutkan
            </button>
          </p>
        </form>
      )}
      {step === 'hasil' && draft.kind && <Result data={data} answers={draft as Answers} heading={heading} link={link} restart={restart} />}
    </div>
  );
}

function CriterionQuestion({ criterion, level, chosen, choose, href }: { criterion: Criterion; level: string; chosen?: string; choose: (id: string) => void; href: string }) {
  return (
    <fieldset class="field criterion">
      <legend class="criterion-question">{criterion.question}</legend>
      <p class="criterion-meta">
        {criterion.title} · <strong>{level}</strong> · <a href={href}>dasar dalam pedoman</a>
      </p>
      {criterion.hint && <p class="hint">{criterion.hint}</p>}
      <div class="choices">
        {criterion.choices.map((choice) => (
          <Choice type="radio" key={choice.id} name={criterion.id} id={`${criterion.id}-${choice.id}`} label={choice.label} checked={chosen === choice.id} onChange={() => choose(choice.id)} />
        ))}
      </div>
    </fieldset>
  );
}

const statusLabel = { terpenuhi: 'Terpenuhi', komitmen: 'Dengan komitmen tertulis', belum: 'Belum terpenuhi' } as const;

function Result({ data, answers, heading, link, restart }: { data: EligibilityData; answers: Answers; heading: preact.RefObject<HTMLHeadingElement>; link: (href: string) => string; restart: () => void }) {
  const { results, verdict, form, documents } = assess(data, answers);
  const kind = data.partnerKinds.find((k) => k.id === answers.kind)!;
  const open = results.filter((r) => r.status !== 'terpenuhi');
  return (
    <div class="eligibility-result">
      <p class="result-kicker">Hasil cek kelayakan mitra KPAI · {new Date().toLocaleDateString('id-ID', { day: 'numeric', month: 'long', year: 'numeric' })}</p>
      <h1 ref={heading} tabIndex={-1}>
        {verdictLabel[verdict]}
      </h1>
      <p class="lead">
        {kind.label}.{' '}
        {verdict === 'memenuhi' && 'Semua kriteria yang berlaku terpenuhi.'}
        {verdict === 'memenuhi-dengan-catatan' && 'Tidak ada kriteria wajib yang gagal, tetapi ada yang dipenuhi dengan komitmen tertulis atau kriteria dianjurkan yang belum terpenuhi.'}
        {verdict === 'belum-memenuhi' && 'Satu atau lebih kriteria wajib belum terpenuhi. Ini bukan penolakan tetap: ajukan kembali setelah kriteria wajib terpenuhi.'}
      </p>
      <h2>Bentuk kemitraan yang sesuai</h2>
      <p>
        <strong>{form.title}.</strong> {form.why} <a href={link(form.clause)}>Dasar dalam pedoman</a>
      </p>
      {open.length > 0 && (
        <>
          <h2>Yang perlu diselesaikan</h2>
          <ul>
            {open.map((r) => (
              <li key={r.criterion.id}>
                <strong>
                  {r.criterion.title} ({r.level}, {statusLabel[r.status].toLowerCase()}):
                </strong>{' '}
                {r.criterion.whenNotMet} <a href={link(r.criterion.clause)}>Dasar dalam pedoman<span class="sr-only">: {r.criterion.title}</span></a>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Setiap kriteria</h2>
      <div class="table-scroll" tabIndex={0} role="group" aria-label="Hasil setiap kriteria">
        <table>
          <thead>
            <tr>
              <th scope="col">Kriteria</th>
              <th scope="col">Sifat</th>
              <th scope="col">Hasil</th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => (
              <tr key={r.criterion.id}>
                <th scope="row">
                  <a href={link(r.criterion.clause)}>{r.criterion.title}</a>
                </th>
                <td>{r.level}</td>
                <td>{statusLabel[r.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Dokumen yang perlu disiapkan</h2>
      <ul>
        {documents.map((d) => (
          <li key={d.criterion.id}>
            {d.evidence} <span class="hint">(untuk kriteria {d.criterion.title.toLowerCase()})</span>
          </li>
        ))}
      </ul>
      <p class="hint">Penilaian mandiri ini membantu persiapan dan bukan keputusan KPAI (Pedoman Kemitraan, Pasal 10 ayat (7)). Semua kriteria dan sifatnya masih usulan draf.</p>
      <ResultActions copyLabel="Salin tautan hasil" copy={() => ({ text: location.href, done: 'Tautan hasil sudah disalin.' })} printLabel="Cetak ringkasan" restart={restart} />
    </div>
  );
}

export default withBoundary(Eligibility, ({ base }) => (
  <p>
    Gunakan <a href="#daftar-kriteria">daftar kriteria</a> di bawah sebagai daftar periksa, atau baca{' '}
    <a href={`${base}dokumen/pedoman-kemitraan/`}>Pedoman Kemitraan</a>.
  </p>
));
