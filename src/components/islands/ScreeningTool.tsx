// Complaint pre-screening: one question per step (the GOV.UK question-page pattern), a check-your-answers step,
// and an outcome that says why. All rules are in src/lib/screening; this only shows them. Answers live in this
// component's memory alone: never in the address, never in storage, never sent anywhere.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Contact } from '../../schemas/contact';
import type { FlowNode, Info, Outcome, Question, ScreeningFlow } from '../../schemas/screening';
import { parseDay } from '../../lib/documents/in-force';
import { stepsLeftAtMost } from '../../lib/screening/check-flow';
import { decide } from '../../lib/screening/decide';
import { resolve, type Answer } from '../../lib/screening/resolve';
import { answeredQuestions, clustersOf, summaryText, type Province } from '../../lib/screening/summary';
import { ContactCard } from '../ContactCard';
import { Choice } from './form/Choice';
import { HintAndError } from './form/HintAndError';
import { paths } from '../../lib/paths';
import { ResultActions } from './ResultActions';
import { withBoundary } from './IslandBoundary';

interface Props {
  flow: ScreeningFlow;
  contacts: Contact[];
  provinces: Province[];
  /** Where "start again" and clause links point, under the site's base path. */
  base: string;
}

const today = () => new Date().toISOString().slice(0, 10);

function Screening({ flow, contacts, provinces, base }: Props) {
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [editing, setEditing] = useState<string | undefined>();
  const [showResult, setShowResult] = useState(false);
  const [draft, setDraft] = useState<Answer | undefined>();
  const [error, setError] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const errorBox = useRef<HTMLDivElement>(null);
  // Buttons stay disabled until the tool runs in the browser: a form sent before that would put an answer in
  // the address bar.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  const resolution = useMemo(() => resolve(flow, answers, today()), [flow, answers]);
  const node: FlowNode = editing ? flow.nodes.find((n) => n.id === editing)! : resolution.current;
  const step = node.kind === 'outcome' ? (showResult ? 'result' : 'check') : 'ask';
  const stepKey = `${step}:${node.id}`;

  // Each step moves focus to its heading, so a screen reader starts reading the new question.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
    document.title = `${heading.current?.textContent ?? ''} — Cek ke mana melapor — Pedoman KPAI`;
  }, [stepKey]);
  useEffect(() => {
    if (error) errorBox.current?.focus();
  }, [error]);

  const goTo = (nextAnswers: Record<string, Answer>, nextEditing?: string) => {
    setAnswers(nextAnswers);
    setEditing(nextEditing);
    setDraft(nextEditing ? nextAnswers[nextEditing] : undefined);
    setError(undefined);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (node.kind === 'info') return goTo({ ...answers, [node.id]: 'lanjut' });
    if (node.kind !== 'question') return;
    const problem = validate(node, draft);
    if (problem) return setError(problem);
    goTo({ ...answers, [node.id]: draft! });
  };

  const back = () => {
    const path = resolution.path;
    const index = editing ? path.findIndex((n) => n.id === editing) : path.length - 1;
    const previous = path[Math.max(index - 1, 0)];
    if (showResult) return setShowResult(false);
    if (previous) goTo(answers, previous.id);
  };

  const restart = () => {
    setShowResult(false);
    goTo({});
  };

  const contactById = new Map(contacts.map((c) => [c.id, c]));
  const canGoBack = step !== 'ask' || resolution.path.length > 1 || !!editing;

  return (
    <div class="screening" data-step={stepKey}>
      {canGoBack && (
        <p>
          <button type="button" class="link-button back-link" onClick={back}>
            Kembali
          </button>
        </p>
      )}
      {error && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={errorBox} aria-labelledby="ada-masalah">
          <h2 id="ada-masalah">Ada masalah</h2>
          <p>
            <a href={`#jawab-${node.id}`}>{error}</a>
          </p>
        </div>
      )}
      {step === 'ask' && node.kind === 'question' && (
        <QuestionStep ready={ready} question={node} draft={draft} setDraft={setDraft} error={error} provinces={provinces} submit={submit} heading={heading} left={stepsLeftAtMost(flow, node.id)} number={resolution.path.indexOf(node) + 1 || resolution.path.length} />
      )}
      {step === 'ask' && node.kind === 'info' && <InfoStep info={node} contacts={contactById} submit={submit} heading={heading} />}
      {step === 'check' && (
        <CheckStep rows={answeredQuestions(resolution, provinces)} heading={heading} change={(id) => goTo(answers, id)} confirm={() => setShowResult(true)} />
      )}
      {step === 'result' && node.kind === 'outcome' && (
        <ResultStep flow={flow} outcome={node} resolution={resolution} contacts={contactById} provinces={provinces} heading={heading} base={base} restart={restart} />
      )}
    </div>
  );
}

function validate(question: Question, draft: Answer | undefined): string | undefined {
  const empty = draft === undefined || (Array.isArray(draft) && draft.length === 0) || draft === '';
  if (question.type === 'single') return empty ? 'Pilih salah satu jawaban.' : undefined;
  if (question.type === 'multiple') return empty ? 'Pilih paling sedikit satu jawaban.' : undefined;
  if (question.type === 'province') return empty ? 'Pilih provinsi, atau pilih "Saya tidak tahu".' : undefined;
  const day = parseDay(typeof draft === 'string' ? draft : undefined);
  if (!day) return 'Tulis tanggal lahir yang benar, misalnya 2012-05-31.';
  if (day > today()) return 'Tanggal lahir tidak boleh sesudah hari ini. Untuk anak yang masih dalam kandungan, kembali dan pilih "Masih dalam kandungan".';
  return undefined;
}

interface StepProps {
  heading: preact.RefObject<HTMLHeadingElement>;
}

function QuestionStep({
  question,
  draft,
  setDraft,
  error,
  provinces,
  submit,
  heading,
  left,
  number,
  ready,
}: StepProps & {
  ready: boolean;
  question: Question;
  draft: Answer | undefined;
  setDraft: (a: Answer | undefined) => void;
  error: string | undefined;
  provinces: Province[];
  submit: (e: Event) => void;
  left: number;
  number: number;
}) {
  const field = `jawab-${question.id}`;
  const hintId = question.hint ? `${field}-petunjuk` : undefined;
  const errorId = error ? `${field}-galat` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const chosen = new Set(Array.isArray(draft) ? draft : draft ? [draft] : []);
  const toggle = (id: string, exclusive: boolean) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else {
      if (exclusive) next.clear();
      else for (const o of question.options) if (o.exclusive) next.delete(o.id);
      next.add(id);
    }
    setDraft(question.options.map((o) => o.id).filter((o) => next.has(o)));
  };
  const title = (
    <h1 ref={heading} tabIndex={-1} class="question-title">
      {question.title}
    </h1>
  );
  return (
    <form onSubmit={submit} noValidate>
      <p class="progress">
        Langkah {number} · paling banyak {left} langkah lagi
      </p>
      {question.type === 'single' || question.type === 'multiple' ? (
        <fieldset class={error ? 'field field-error' : 'field'} aria-describedby={describedBy} id={field}>
          <legend>{title}</legend>
          <HintAndError hint={question.hint} hintId={hintId} error={error} errorId={errorId} />
          <div class="choices">
            {question.options.map((option) => (
              <Choice
                key={option.id}
                class={option.exclusive && question.type === 'multiple' ? 'choice choice-exclusive' : 'choice'}
                id={`${field}-${option.id}`}
                name={field}
                type={question.type === 'single' ? 'radio' : 'checkbox'}
                value={option.id}
                label={option.label}
                hint={option.hint}
                checked={chosen.has(option.id)}
                onChange={() => (question.type === 'single' ? setDraft(option.id) : toggle(option.id, option.exclusive))}
              />
            ))}
          </div>
        </fieldset>
      ) : (
        <div class={error ? 'field field-error' : 'field'}>
          {title}
          <label for={field} class="field-label">
            {question.type === 'date' ? 'Tanggal lahir' : 'Provinsi'}
          </label>
          <HintAndError hint={question.hint} hintId={hintId} error={error} errorId={errorId} />
          {question.type === 'date' ? (
            <input type="date" id={field} value={typeof draft === 'string' ? draft : ''} max={today()} aria-describedby={describedBy} onInput={(e) => setDraft((e.target as HTMLInputElement).value)} />
          ) : (
            <select id={field} value={typeof draft === 'string' ? draft : ''} aria-describedby={describedBy} onChange={(e) => setDraft((e.target as HTMLSelectElement).value || undefined)}>
              <option value="">Pilih provinsi</option>
              {provinces.map((p) => (
                <option value={p.code} key={p.code}>
                  {p.name}
                </option>
              ))}
              <option value="tidak-tahu">Saya tidak tahu, atau di luar Indonesia</option>
            </select>
          )}
        </div>
      )}
      <p>
        <button type="submit" disabled={!ready}>
          Lanjutkan
        </button>
      </p>
    </form>
  );
}

function InfoStep({ info, contacts, submit, heading }: StepProps & { info: Info; contacts: Map<string, Contact>; submit: (e: Event) => void }) {
  return (
    <form onSubmit={submit} class="info-step">
      <h1 ref={heading} tabIndex={-1}>
        {info.title}
      </h1>
      {info.body.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <div class="contact-list">
        {info.contacts.map((id) => contacts.get(id) && <ContactCard key={id} contact={contacts.get(id)!} />)}
      </div>
      <p>
        <button type="submit">Lanjutkan pertanyaan</button>
      </p>
    </form>
  );
}

function CheckStep({ rows, heading, change, confirm }: StepProps & { rows: ReturnType<typeof answeredQuestions>; change: (id: string) => void; confirm: () => void }) {
  return (
    <div>
      <h1 ref={heading} tabIndex={-1}>
        Periksa jawaban Anda
      </h1>
      <dl class="summary-list">
        {rows.map(({ question, text }) => (
          <div class="summary-row" key={question.id}>
            <dt>{question.summary}</dt>
            <dd>{text}</dd>
            <dd>
              <button type="button" class="link-button" onClick={() => change(question.id)}>
                Ubah<span class="sr-only"> {question.summary.toLowerCase()}</span>
              </button>
            </dd>
          </div>
        ))}
      </dl>
      <p>
        <button type="button" onClick={confirm}>
          Lihat hasil
        </button>
      </p>
    </div>
  );
}

function ResultStep({
  flow,
  outcome,
  resolution,
  contacts,
  provinces,
  heading,
  base,
  restart,
}: StepProps & {
  flow: ScreeningFlow;
  outcome: Outcome;
  resolution: ReturnType<typeof resolve>;
  contacts: Map<string, Contact>;
  provinces: Province[];
  base: string;
  restart: () => void;
}) {
  const decision = outcome.id === 'dewasa' ? undefined : decide(resolution.flags);
  const reasons = decision?.reasons ?? [];
  const found = clustersOf(resolution);
  const province = provinces.find((p) => p.code === resolution.answers.provinsi);
  const link = (href: string) => `${base}${href.slice(1)}`;
  return (
    <div class="screening-result">
      <p class="result-kicker">Hasil</p>
      <h1 ref={heading} tabIndex={-1}>
        {outcome.title}
      </h1>
      <p class="lead">{outcome.lead}</p>
      <h2>Mengapa</h2>
      <ul>
        {[...outcome.why, ...reasons.map((r) => flow.reasons[r] ?? r)].map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
      <h2>Yang perlu Anda lakukan</h2>
      <ol>
        {outcome.steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      {outcome.prepare.length > 0 && (
        <>
          <h2>Yang perlu disiapkan</h2>
          <ul>
            {outcome.prepare.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
      <h2>Siapa yang dihubungi</h2>
      {outcome.contacts.map((id) => contacts.get(id) && <ContactCard key={id} contact={contacts.get(id)!} />)}
      {decision?.also.map(({ reason, contact }) => contacts.get(contact) && <ContactCard key={contact} contact={contacts.get(contact)!} note={flow.reasons[reason]} />)}
      {province && (
        <p>
          Layanan di {province.name}: bila Anda tidak tahu nomor UPTD PPA di sana, SAPA 129 akan menghubungkan Anda dengannya.{' '}
          <a href={link(`/${paths.finder()}`)}>Cari jalur rujukan</a> menunjukkan siapa yang dihubungi lebih dulu di kabupaten/kota Anda, lalu sesudahnya.
        </p>
      )}
      {found.length > 0 && (
        <>
          <h2>Klaster KPAI yang mungkin</h2>
          <p>KPAI mengelompokkan pengaduan ke dalam klaster. Dari jawaban Anda, pengaduan ini mungkin termasuk:</p>
          <ul>
            {found.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
      <h2>Dasar dalam pedoman</h2>
      <ul>
        {outcome.clauses.map((c) => (
          <li key={c.href}>
            <a href={link(c.href)}>{c.label}</a>
          </li>
        ))}
      </ul>
      <ResultActions copyLabel="Salin ringkasan" copy={() => ({ text: summaryText(flow, resolution, outcome, reasons, provinces), done: 'Ringkasan sudah disalin.' })} printLabel="Cetak" restart={restart} />
      <p class="hint">Jawaban Anda hanya ada di halaman ini. Jawaban hilang saat halaman ditutup, dan tidak pernah dikirim ke mana pun.</p>
    </div>
  );
}

export default withBoundary(Screening, ({ base }) => (
  <ul>
    <li><a href={`${base}dokumen/panduan-pengaduan/#lembaga-lain-dulu`}>Panduan Pengaduan</a>: kapan ke KPAI, kapan ke lembaga lain dulu</li>
    <li><a href={`${base}kontak/`}>Semua kontak</a>, dengan sumber setiap nomor</li>
  </ul>
));
