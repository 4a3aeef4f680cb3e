// "Langkah berikutnya": each criterion not yet met, the most pressing first, with what to do, the evidence to
// prepare, how KPAI checks it, the help the guideline offers (for "perlu bantuan"), and a target date the
// organisation sets itself. Dates stay in this page's memory and are printed with the plan.
import type { Answers, Assessment } from '../../../lib/eligibility/assess';
import { nextSteps, priorityLabel, type Action } from '../../../lib/eligibility/next-steps';
import { readinessLabels } from '../../../schemas/vocabularies';
import { parseDay } from '../../../lib/documents/in-force';
import { dayText } from './day';
import { Cite, Proposal } from './Cite';
import { processLink, type ToolContext } from './context';

interface Props {
  ctx: ToolContext;
  answers: Answers;
  assessment: Assessment;
  targets: Readonly<Record<string, string>>;
  setTarget: (criterion: string, date: string) => void;
}

export function NextSteps({ ctx, answers, assessment, targets, setTarget }: Props) {
  const actions = nextSteps(ctx.data, assessment, answers.kind);
  return (
    <section aria-labelledby="langkah-berikutnya">
      <h2 id="langkah-berikutnya">Langkah berikutnya</h2>
      <p class="hint">
        {actions.length === 0
          ? 'Semua kriteria yang berlaku sudah terpenuhi.'
          : 'Yang menghalangi kemitraan lebih dahulu.'}{' '}
        {actions.length > 0 && <span class="no-print">Isi tanggal target bila perlu: tanggal hanya ada di halaman ini dan ikut tercetak, tidak disimpan atau dikirim.</span>}
      </p>
      <ol class="action-list">
        {actions.map((action) => (
          <ActionItem key={action.criterion.id} ctx={ctx} action={action} target={targets[action.criterion.id] ?? ''} setTarget={(date) => setTarget(action.criterion.id, date)} />
        ))}
        <li>
          <h3>Ajukan permohonan</h3>
          <p>
            Setelah kriteria wajib terpenuhi, kirim surat permohonan kepada Pimpinan KPAI beserta dokumennya.{' '}
            <a href={processLink(ctx, assessment.form.id)}>Lihat langkah-langkahnya</a>
          </p>
        </li>
      </ol>
    </section>
  );
}

function ActionItem({ ctx, action, target, setTarget }: { ctx: ToolContext; action: Action; target: string; setTarget: (date: string) => void }) {
  const { criterion, readiness, help } = action;
  const id = `target-${criterion.id}`;
  // A text field, as the site's other date fields: it reads the same in every browser language. Only a whole date is printed.
  const day = parseDay(target);
  return (
    <li>
      <h3>{criterion.title}</h3>
      <p class="criterion-meta">
        {priorityLabel[action.priority]} · Kesiapan: {readiness ? readinessLabels[readiness].toLowerCase() : 'belum dijawab'} · <Cite ctx={ctx} href={criterion.clause} />
      </p>
      <p>{criterion.whenNotMet}</p>
      <p>Bukti yang disiapkan:</p>
      <ul>
        {action.evidence.map((e) => (
          <li key={e.text}>
            {e.text} <Proposal when={e.proposal} />
          </li>
        ))}
      </ul>
      <p>
        Cara KPAI memeriksa: {criterion.check.text} <Proposal when={criterion.check.proposal} /> {criterion.check.clause && <Cite ctx={ctx} href={criterion.check.clause} />}
      </p>
      {help && (
        <p class="help-note">
          <strong>Bantuan:</strong> {help.text} <Proposal when={help.proposal} /> {help.clause && <Cite ctx={ctx} href={help.clause} />}
        </p>
      )}
      <p class="target">
        <label for={id}>Target selesai</label>{' '}
        <input type="text" id={id} inputMode="numeric" maxLength={10} placeholder="TTTT-BB-HH" aria-describedby={`${id}-petunjuk`} value={target} onInput={(e) => setTarget((e.target as HTMLInputElement).value)} />{' '}
        <span class="hint" id={`${id}-petunjuk`}>
          {day ? dayText(day) : target ? 'Tulis tanggal seperti 2026-12-31.' : 'Misalnya 2026-12-31.'}
        </span>
        <span class="print-only-inline">{day ? dayText(day) : '………………'}</span>
      </p>
    </li>
  );
}
